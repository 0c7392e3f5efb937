// Logging with no network: a session typed while the phone is offline is kept on the phone
// (IndexedDB), said so, and sent when the network is back, with a fresh CSRF token from the
// server. A session the server refuses (an overlap, a value out of range) is kept and shown
// with the server's reason, never dropped. Items belong to the signed-in account that typed
// them: another account on the same phone never sends them.
//
// On a signed-in page the account and its unit are noted on the phone (and forgotten at
// logout), so that the offline page, which holds no one's data, can offer the log form
// and a timer to the parent who was signed in.
(() => {
  const status = document.getElementById('sync-status');
  if (!status || !window.indexedDB) {
    return;
  }
  if (status.dataset.owner) {
    localStorage.setItem('relacta.owner', status.dataset.owner);
    localStorage.setItem('relacta.unit', status.dataset.unit || 'ML');
  }
  const owner = status.dataset.owner || localStorage.getItem('relacta.owner');
  if (!owner) {
    return;
  }
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

  // The offline form: keep what was typed on the phone. The offline page's form always
  // keeps it first (it has no CSRF token of its own) and sends it at once if it can.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    const always = form.dataset.offlineQueue === 'always';
    if (!form.matches('form[data-offline-queue]') || (navigator.onLine && !always)) {
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
      .then(() => {
        say(texts.saved, 'saved');
        if (always) {
          form.reset();
          startNow(form);
          sync();
        }
      })
      .catch(() => say(texts.failed, 'failed'));
  });

  // The offline page: the form, in the parent's unit, starting now, and a timer kept on
  // the phone that fills in the start and the minutes when stopped.
  const local = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  const startNow = (form) => {
    const start = form.querySelector('[name=startedAt]');
    if (start) {
      start.value = local(new Date());
    }
  };
  const offlineLog = document.getElementById('offline-log');
  if (offlineLog) {
    offlineLog.hidden = false;
    const meanwhile = document.getElementById('offline-meanwhile');
    if (meanwhile) {
      meanwhile.hidden = true;
    }
    const unit = localStorage.getItem('relacta.unit') || 'ML';
    offlineLog.querySelectorAll('label[data-unit]').forEach((label) => {
      label.hidden = label.dataset.unit !== unit;
    });
    const form = offlineLog.querySelector('form');
    startNow(form);
    const running = document.getElementById('offline-timer-running');
    const startButton = document.getElementById('offline-timer-start');
    const stopButton = document.getElementById('offline-timer-stop');
    const showTimer = () => {
      const started = Number(localStorage.getItem('relacta.timer'));
      startButton.hidden = started > 0;
      stopButton.hidden = !(started > 0);
      running.hidden = !(started > 0);
      if (started > 0) {
        const minutes = Math.floor((Date.now() - started) / 60000);
        running.textContent = running.dataset.text.replace('{0}', local(new Date(started)).slice(11))
          .replace('{1}', minutes);
      }
    };
    startButton.addEventListener('click', () => {
      localStorage.setItem('relacta.timer', String(Date.now()));
      showTimer();
    });
    stopButton.addEventListener('click', () => {
      const started = Number(localStorage.getItem('relacta.timer'));
      localStorage.removeItem('relacta.timer');
      form.querySelector('[name=startedAt]').value = local(new Date(started));
      form.querySelector('[name=durationMinutes]').value = Math.max(1, Math.round((Date.now() - started) / 60000));
      showTimer();
      form.querySelector('[name=leftVolume]').focus();
    });
    showTimer();
    setInterval(showTimer, 30000);
  }

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
