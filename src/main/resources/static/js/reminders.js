// Turning reminders on for this phone: ask the browser to allow notifications, subscribe
// through the service worker with the server's key, then send the subscription with the
// form (name and quiet hours) as an ordinary form post.
(() => {
  const form = document.getElementById('push-form');
  if (!form) {
    return;
  }
  const supported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  if (!supported) {
    document.getElementById('push-unsupported').hidden = false;
    document.getElementById('push-on').disabled = true;
    return;
  }
  const label = form.querySelector('#label');
  if (label && !label.value) {
    const agent = navigator.userAgent;
    const kind = /iPhone/.test(agent) ? 'iPhone' : /iPad/.test(agent) ? 'iPad' : /Android/.test(agent) ? 'Android'
      : /Mac/.test(agent) ? 'Mac' : /Windows/.test(agent) ? 'Windows' : /Linux/.test(agent) ? 'Linux' : '';
    const browser = /Firefox\//.test(agent) ? 'Firefox' : /Edg\//.test(agent) ? 'Edge'
      : /Chrom(e|ium)\//.test(agent) ? 'Chrome' : /Safari\//.test(agent) ? 'Safari' : '';
    label.value = [kind, browser].filter(Boolean).join(', ');
  }
  const key = (base64) => {
    const text = atob(base64.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  };
  const encode = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  // A phone with no signal may never hear back from its push service: give up after a while.
  const giveUpAfter = (promise, seconds) => Promise.race([promise,
    new Promise((resolve, reject) => setTimeout(() => reject(new Error('timeout')), seconds * 1000))]);
  let subscribed = false;
  form.addEventListener('submit', (event) => {
    if (subscribed) {
      return;
    }
    event.preventDefault();
    document.getElementById('push-failed').hidden = true;
    document.getElementById('push-denied').hidden = true;
    Notification.requestPermission()
      .then((permission) => {
        if (permission !== 'granted') {
          document.getElementById('push-denied').hidden = false;
          return undefined;
        }
        return navigator.serviceWorker.ready
          .then((registration) => registration.pushManager.getSubscription()
            .then((existing) => existing || giveUpAfter(registration.pushManager.subscribe({
              userVisibleOnly: true,
              applicationServerKey: key(form.dataset.publicKey),
            }), 15)))
          .then((subscription) => {
            form.querySelector('[name=endpoint]').value = subscription.endpoint;
            form.querySelector('[name=browserKey]').value = encode(subscription.getKey('p256dh'));
            form.querySelector('[name=authSecret]').value = encode(subscription.getKey('auth'));
            subscribed = true;
            form.requestSubmit();
          });
      })
      .catch(() => {
        document.getElementById('push-failed').hidden = false;
      });
  });
})();
