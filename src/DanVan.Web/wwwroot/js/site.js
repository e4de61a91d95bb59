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
    // Editable tables: <button data-add-row="template-id" data-target="tbody-id"> appends a copy of
    // the template with a fresh row key; <button data-remove-row> removes its row.
    var rowKey = Date.now();
    document.addEventListener('click', function (event) {
        var add = event.target.closest('[data-add-row]');
        if (add) {
            var template = document.getElementById(add.getAttribute('data-add-row'));
            var body = document.getElementById(add.getAttribute('data-target'));
            if (template && body) {
                rowKey += 1;
                var html = template.innerHTML.split('__i__').join('n' + rowKey);
                body.insertAdjacentHTML('beforeend', html);
                var first = body.lastElementChild && body.lastElementChild.querySelector('input:not([type=hidden]), select');
                if (first) {
                    first.focus();
                }
            }
            return;
        }
        var remove = event.target.closest('[data-remove-row]');
        if (remove) {
            var row = remove.closest('tr');
            if (row) {
                row.remove();
            }
        }
    });

    // Report autosave (form[data-autosave]): every change is kept in this browser until the server
    // has it, so a dropped connection or a closed tab loses nothing; it is sent again when the
    // connection returns and restored when the same revision is opened again.
    var report = document.querySelector('form[data-autosave]');
    if (report) {
        var storageKey = 'danvan.report.' + report.getAttribute('data-autosave');
        var revisionOf = function () {
            var field = document.getElementById('revision');
            return field ? field.value : '';
        };
        var snapshot = function () {
            var fields = {};
            report.querySelectorAll('input[name^="v:"], textarea[name^="n:"]').forEach(function (field) {
                fields[field.name] = field.value;
            });
            return { revision: revisionOf(), fields: fields };
        };
        var keep = function () {
            try {
                window.localStorage.setItem(storageKey, JSON.stringify(snapshot()));
            } catch (e) { /* storage full or disabled: the server copy still counts */ }
        };
        var status = document.getElementById('save-status');
        var say = function (text, css) {
            if (status) {
                status.textContent = text;
                status.className = 'small mb-2 no-print ' + css;
            }
        };
        report.addEventListener('input', keep);

        // A full submit (Lưu, Gửi báo cáo) carries every field itself. An autosave still waiting
        // is dropped, and one already on its way is let finish first, so that the submit goes with
        // the revision that autosave produced instead of being refused as someone else's save.
        var saving = 0;
        var submitting = false;
        var waitingSubmitter;
        report.addEventListener('submit', function (event) {
            if (saving > 0) {
                event.preventDefault();
                waitingSubmitter = event.submitter || null;
                return;
            }
            submitting = true;
        });
        document.body.addEventListener('htmx:beforeRequest', function (event) {
            if (event.detail.elt !== report) {
                return;
            }
            if (submitting || waitingSubmitter !== undefined) {
                event.preventDefault();
                return;
            }
            saving += 1;
        });
        document.body.addEventListener('htmx:afterRequest', function (event) {
            if (event.detail.elt !== report) {
                return;
            }
            saving = Math.max(0, saving - 1);
            if (saving === 0 && waitingSubmitter !== undefined) {
                var submitter = waitingSubmitter;
                waitingSubmitter = undefined;
                report.requestSubmit(submitter || undefined);
            }
            if (event.detail.successful && status && status.querySelector('[data-saved-revision]')) {
                window.localStorage.removeItem(storageKey);
            } else if (!event.detail.successful) {
                keep();
                say('Mất kết nối: phần vừa nhập được giữ trên máy này và sẽ tự lưu khi có mạng trở lại.', 'text-danger');
            }
        });
        window.addEventListener('online', function () {
            if (window.localStorage.getItem(storageKey) && window.htmx) {
                window.htmx.trigger(report, 'change');
            }
        });
        try {
            var saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
            if (saved && saved.revision === revisionOf()) {
                var restored = 0;
                Object.keys(saved.fields).forEach(function (name) {
                    var field = report.querySelector('[name="' + name.replace(/"/g, '') + '"]');
                    if (field && field.value !== saved.fields[name]) {
                        field.value = saved.fields[name];
                        restored += 1;
                    }
                });
                if (restored > 0) {
                    say('Đã khôi phục ' + restored + ' ô nhập chưa kịp lưu; đang lưu lại…', 'text-warning-emphasis');
                    if (window.htmx) {
                        window.htmx.trigger(report, 'change');
                    }
                } else {
                    window.localStorage.removeItem(storageKey);
                }
            } else if (saved) {
                window.localStorage.removeItem(storageKey);
            }
        } catch (e) {
            window.localStorage.removeItem(storageKey);
        }
    }
})();
