// Logging with no network: a session typed while the phone is offline is kept on the phone
// (IndexedDB), said so, and sent when the network is back, with a fresh CSRF token from the
// server. A session the server refuses (an overlap, a value out of range) is kept and shown
// with the server's reason, never dropped. Items belong to the signed-in account that typed
// them: another account on the same phone never sends them.
(() => {
  const status = document.getElementById('sync-status');
  if (!status || !window.indexedDB) {
    return;
  }
  const owner = status.dataset.owner;
  const texts = status.dataset;

  const open = () => new Promise((resolve, reject) => {
    const request = indexedDB.open('relacta-offline', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('pending', { keyPath: 'id', autoIncrement: true });
      request.result.createObjectStore('refused', { keyPath: 'id', autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const run = (store, mode, work) => open().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const result = work(tx.objectStore(store));
    tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
    tx.onerror = () => reject(tx.error);
  }));
  const all = (store) => run(store, 'readonly', (s) => s.getAll())
    .then((items) => (items || []).filter((item) => item.owner === owner));

  const say = (text, kind) => {
    status.hidden = false;
    status.dataset.state = kind;
    status.textContent = text;
  };

  const showRefused = () => all('refused').then((items) => {
    const list = document.getElementById('sync-refused');
    if (!list) {
      return;
    }
    list.replaceChildren();
    items.forEach((item) => {
      const entry = document.createElement('li');
      const what = document.createElement('span');
      what.textContent = texts.refused.replace('{0}', (item.fields.startedAt || '').replace('T', ' '))
        .replace('{1}', item.reason);
      const dismiss = document.createElement('button');
      dismiss.type = 'button';
      dismiss.className = 'secondary outline';
      dismiss.textContent = texts.dismiss;
      dismiss.addEventListener('click', () => run('refused', 'readwrite', (s) => s.delete(item.id)).then(showRefused));
      entry.append(what, ' ', dismiss);
      list.append(entry);
    });
    list.hidden = items.length === 0;
  });

  // The offline form: keep what was typed on the phone.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!form.matches('form[data-offline-queue]') || navigator.onLine) {
      return;
    }
    event.preventDefault();
    const fields = {};
    new FormData(form).forEach((value, name) => {
      if (name !== '_csrf') {
        fields[name] = value;
      }
    });
    run('pending', 'readwrite', (s) => s.add({ owner, fields, queuedAt: Date.now() }))
      .then(() => say(texts.saved, 'saved'))
      .catch(() => say(texts.failed, 'failed'));
  });

  let syncing = false;
  const sync = () => {
    if (syncing || !navigator.onLine) {
      return Promise.resolve();
    }
    syncing = true;
    let sent = 0;
    let refused = 0;
    return all('pending').then((items) => items.reduce((previous, item) => previous.then(() =>
      fetch('/journal/new', { credentials: 'same-origin' })
        .then((page) => (page.ok && !page.redirected ? page.text() : Promise.reject(new Error('signed out'))))
        .then((html) => {
          const token = (html.match(/name="_csrf" value="([^"]+)"/) || [])[1];
          const body = new URLSearchParams(item.fields);
          body.set('_csrf', token || '');
          return fetch('/journal', { method: 'POST', body, credentials: 'same-origin', redirect: 'manual' });
        })
        .then((answer) => {
          if (answer.type === 'opaqueredirect' || (answer.status >= 300 && answer.status < 400)) {
            sent++;
            return run('pending', 'readwrite', (s) => s.delete(item.id));
          }
          if (answer.status === 200) {
            return answer.text().then((html) => {
              const page = new DOMParser().parseFromString(html, 'text/html');
              // The reason beside a field says most; the form's general line otherwise.
              const node = page.querySelector('.field-error') || page.querySelector('.notice.error p');
              const reason = (node && node.textContent.trim()) || texts.unknown;
              refused++;
              return run('refused', 'readwrite', (s) => s.add({ owner, fields: item.fields, reason }))
                .then(() => run('pending', 'readwrite', (s) => s.delete(item.id)));
            });
          }
          return Promise.reject(new Error('not now'));
        })), Promise.resolve()))
      .catch(() => {})
      .then(() => {
        syncing = false;
        if (sent > 0) {
          say(texts.synced.replace('{0}', sent), 'synced');
        }
        if (refused > 0 || sent > 0) {
          return showRefused();
        }
        return undefined;
      });
  };

  window.addEventListener('online', sync);
  document.addEventListener('DOMContentLoaded', () => {
    showRefused();
    all('pending').then((items) => {
      if (items.length > 0 && !navigator.onLine) {
        say(texts.saved, 'saved');
      }
    });
    sync();
  });
})();
