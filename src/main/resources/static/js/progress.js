// Draws the supply-over-days chart from /progress/daily.json. The table below the chart says
// the same in text, so the page is complete without this script.
document.addEventListener('DOMContentLoaded', async () => {
  const canvas = document.getElementById('supply-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  const data = canvas.dataset;
  const response = await fetch(data.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    canvas.closest('figure').classList.add('chart-failed');
    return;
  }
  const days = await response.json();
  const mlPerUnit = Number(data.mlPerUnit) || 1;
  const inUnit = (ml) => Math.round((ml / mlPerUnit) * 100) / 100;

  // Colours from the page's theme, so the chart follows light and dark mode.
  const style = getComputedStyle(document.documentElement);
  const themed = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  const primary = themed('--pico-primary', '#7540bf');
  const text = themed('--pico-color', '#373c44');
  const muted = themed('--pico-muted-color', '#646b79');
  const grid = themed('--pico-muted-border-color', '#e7eaf0');
  const accent = themed('--pico-ins-color', '#398712');
  const goalColor = themed('--pico-del-color', '#b86a6b');

  const datasets = [
    {
      type: 'bar', label: data.labelTotal, data: days.map((day) => inUnit(day.totalMl)),
      // Today is still under way: an outlined bar, never drawn as a whole day.
      backgroundColor: days.map((day) => (day.complete === false ? grid : primary)),
      borderColor: primary, borderWidth: days.map((day) => (day.complete === false ? 2 : 0)),
      borderRadius: 3, yAxisID: 'y', order: 3,
    },
    {
      type: 'line', label: data.labelAverage, data: days.map((day) => inUnit(day.average7Ml)),
      borderColor: accent, backgroundColor: accent, pointRadius: 0, tension: 0.3, yAxisID: 'y', order: 1,
    },
    {
      type: 'line', label: data.labelSessions, data: days.map((day) => day.sessions),
      borderColor: muted, backgroundColor: muted, borderDash: [2, 3], pointRadius: 2, yAxisID: 'sessions', order: 2,
    },
  ];
  if (data.goalMl) {
    datasets.push({
      type: 'line', label: data.labelGoal, data: days.map(() => inUnit(Number(data.goalMl))),
      borderColor: goalColor, borderDash: [6, 4], pointRadius: 0, yAxisID: 'y', order: 0,
    });
  }

  new window.Chart(canvas, {
    data: { labels: days.map((day) => [`${data.labelDay} ${day.day}`, day.date.slice(5)]), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // Numbers as the page's language writes them (12,5 in Spanish), whatever the browser's.
      locale: document.documentElement.lang || undefined,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { labels: { color: text, boxWidth: 14 } } },
      scales: {
        x: { ticks: { color: muted, maxRotation: 0, autoSkip: true }, grid: { color: grid } },
        y: { beginAtZero: true, ticks: { color: muted }, grid: { color: grid }, title: { display: true, text: data.unit, color: muted } },
        sessions: {
          position: 'right', beginAtZero: true, suggestedMax: 12, ticks: { color: muted, precision: 0 },
          grid: { drawOnChartArea: false }, title: { display: true, text: data.labelSessions, color: muted },
        },
      },
    },
  });
  canvas.dataset.drawn = 'true';
});
