// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  // Preselect the browser's time zone on the sign-up form, unless the person already chose one.
  const zoneSelect = document.querySelector('select[data-detect-zone]');
  if (zoneSelect) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && Array.from(zoneSelect.options).some((option) => option.value === zone)) {
      zoneSelect.value = zone;
    }
  }

  // A link to copy and send (an invitation, a read-only link) comes from the server as a
  // path unless the server knows its public address; the browser, which knows the address
  // it is on, writes it out in full.
  document.querySelectorAll('[data-absolute-link]').forEach((element) => {
    const isInput = element.tagName === 'INPUT';
    const link = isInput ? element.value : element.textContent;
    if (link.startsWith('/')) {
      const full = new URL(link, window.location.href).href;
      if (isInput) {
        element.value = full;
      } else {
        element.textContent = full;
      }
    }
  });

  // A link to a rule or a sign (/plan#rule-R5, /plan#help) opens the fold it sits in, so
  // folding reference material away never hides what a link points to.
  const openTarget = () => {
    const target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    for (let fold = target && target.closest('details'); fold; fold = fold.parentElement.closest('details')) {
      fold.open = true;
    }
    if (target) {
      target.scrollIntoView();
    }
  };
  openTarget();
  window.addEventListener('hashchange', openTarget);

  // While a timer runs, keep the Today page current (the timer itself lives on the server).
  const timer = document.querySelector('[data-refresh-seconds]');
  if (timer) {
    const seconds = Number(timer.dataset.refreshSeconds) || 60;
    setTimeout(() => window.location.reload(), seconds * 1000);
  }
});

// Installable and kind to weak signal: a service worker keeps the static files and a page
// for when there is no network (never a page with anyone's data). Logging out tells it to
// forget everything it kept on this phone.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
  });
  document.addEventListener('submit', (event) => {
    if (event.target.matches('form.logout')) {
      ['relacta.owner', 'relacta.unit', 'relacta.timer'].forEach((key) => localStorage.removeItem(key));
    }
    if (event.target.matches('form.logout') && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage('forget');
    }
    if (event.target.matches('form.logout') && window.caches) {
      caches.keys().then((names) => names.forEach((name) => caches.delete(name)));
    }
  });
}
