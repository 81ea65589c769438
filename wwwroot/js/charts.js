// ClasseCRM charts: every <canvas data-chart='{"type":…,"labels":[…],"datasets":[{"label":…,"data":[…]}]}'> is drawn
// with the local Chart.js (wwwroot/lib/chart.js). The figures are also in a table next to each chart.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#0b5ed7', '#d63384', '#198754', '#fd7e14', '#6f42c1', '#20c997'];
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  Chart.defaults.locale = 'fr-FR';
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    spec.datasets.forEach(function (dataset, i) {
      dataset.backgroundColor = dataset.backgroundColor || palette[i % palette.length];
      dataset.borderColor = dataset.borderColor || palette[i % palette.length];
    });
    var chart = new Chart(canvas, {
      type: spec.type || 'bar',
      data: { labels: spec.labels, datasets: spec.datasets },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: spec.datasets.length > 1 } },
        scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
      }
    });
    canvas.setAttribute('data-chart-ready', String(chart.data.datasets.length));
  });
})();
