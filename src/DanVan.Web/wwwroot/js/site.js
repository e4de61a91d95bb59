// DanVan: small behaviours that pages opt into with data- attributes; no inline script anywhere.
(function () {
    'use strict';

    // Destructive actions ask first: <form data-confirm="…">.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var message = form.getAttribute && form.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    }, true);

    // htmx requests carry the antiforgery token of the page.
    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('input[name="__RequestVerificationToken"]');
        if (token) {
            event.detail.headers['X-CSRF-TOKEN'] = token.value;
        }
    });

    // Tree toggles show or hide a node's children; htmx loads them on the first click (hx-trigger="click once").
    document.addEventListener('click', function (event) {
        var toggle = event.target.closest('[data-tree-toggle]');
        if (!toggle) {
            return;
        }
        var children = document.getElementById(toggle.getAttribute('aria-controls'));
        var expanded = toggle.getAttribute('aria-expanded') === 'true';
        toggle.setAttribute('aria-expanded', expanded ? 'false' : 'true');
        if (children) {
            children.hidden = expanded;
        }
    });
})();
