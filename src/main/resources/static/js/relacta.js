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

  // While a timer runs, keep the Today page current (the timer itself lives on the server).
  const timer = document.querySelector('[data-refresh-seconds]');
  if (timer) {
    const seconds = Number(timer.dataset.refreshSeconds) || 60;
    setTimeout(() => window.location.reload(), seconds * 1000);
  }
});
