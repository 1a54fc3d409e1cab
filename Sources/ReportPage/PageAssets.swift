/// The page's inline style sheet and scripts: no network, no library, a few dozen lines each.
enum PageAssets {
    /// Runs first: records any script error in the page (`#js-errors`), where a person and the browser
    /// test both see it.
    static let errorHook = """
        window.addEventListener('error', function (e) {
          var box = document.getElementById('js-errors');
          var line = (e.message || 'error') + ' (' + (e.filename || '') + ':' + (e.lineno || 0) + ')';
          if (box) { box.hidden = false; box.appendChild(document.createTextNode(line + '\\n')); }
          else { document.documentElement.setAttribute('data-script-error', line); }
        });
        """

    static let style = """
        :root{--ink:#1f2328;--muted:#59636e;--line:#d0d7de;--soft:#f6f8fa;--accent:#2f6fb7;--warn:#ef8f00;--bad:#c62828}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#fff}
        header.top{padding:18px 20px 10px;border-bottom:1px solid var(--line)}
        header.top h1{margin:0;font-size:22px;overflow-wrap:anywhere}
        header.top p{margin:4px 0 0;color:var(--muted);overflow-wrap:anywhere}
        nav{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);display:flex;gap:4px;
          overflow-x:auto;padding:6px 12px;white-space:nowrap}
        nav a{color:var(--accent);text-decoration:none;padding:4px 10px;border-radius:14px;font-size:14px}
        nav a:hover,nav a:focus{background:var(--soft)}
        main{max-width:1240px;margin:0 auto;padding:0 20px 40px}
        section{padding-top:14px;scroll-margin-top:48px;content-visibility:auto;contain-intrinsic-size:auto 900px}
        section#summary{content-visibility:visible}
        h2{font-size:19px;margin:18px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
        h3{font-size:16px;margin:16px 0 6px}
        p.note{color:var(--muted);margin:6px 0}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:10px}
        .card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:var(--soft)}
        .card .label{font-size:13px;color:var(--muted)}
        .card .value{font-size:24px;font-weight:600;margin-top:2px}
        .card .delta{font-size:13px;color:var(--muted)}
        .wrap{overflow-x:auto;border:1px solid var(--line);border-radius:6px;max-height:560px;overflow-y:auto}
        table{border-collapse:collapse;width:100%;font-size:14px}
        th,td{padding:5px 8px;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}
        td{overflow-wrap:break-word}
        td .mono{overflow-wrap:break-word}
        .clip{display:inline-block;max-width:16em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:top}
        th{background:var(--soft);position:sticky;top:0;white-space:nowrap;z-index:1}
        th.num,td.num{text-align:right;white-space:nowrap;overflow-wrap:normal}
        table.sortable th{cursor:pointer;user-select:none}
        th[aria-sort=ascending]::after{content:" ▲"}
        th[aria-sort=descending]::after{content:" ▼"}
        .filter{margin:6px 0;padding:6px 9px;width:min(360px,100%);border:1px solid var(--line);border-radius:6px;font:inherit}
        .count{color:var(--muted);font-size:13px;margin-left:8px}
        svg.chart{width:100%;height:auto;display:block;font-size:13px}
        .chart-box{overflow-x:auto;border:1px solid var(--line);border-radius:6px;padding:6px;margin:8px 0}
        .panels{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:10px}
        .tm-drill{cursor:pointer}
        .tm-drill:hover rect,.tm-drill:focus rect{stroke:#1f2328;stroke-width:2}
        .tm-label{font-size:12px;pointer-events:none}
        .bar-label,.node-label{font-size:13px;fill:var(--ink)}
        .bar-value,.axis{font-size:12px;fill:var(--muted)}
        .budget-label{font-size:12px;font-weight:600}
        .chart-title{font-size:14px;font-weight:600;fill:var(--ink)}
        .legend{display:flex;flex-wrap:wrap;gap:12px;font-size:13px;color:var(--muted);margin:4px 0}
        .legend i{display:inline-block;width:22px;height:10px;margin-right:5px;vertical-align:middle;border-radius:2px}
        button{font:inherit;padding:4px 10px;border:1px solid var(--line);border-radius:6px;background:#fff;cursor:pointer}
        .sev-error{color:var(--bad);font-weight:600}.sev-warning{color:#a55f00}
        code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
        details summary{cursor:pointer;color:var(--accent)}
        ul.commits{margin:4px 0;padding-left:18px}
        ol.plan{padding-left:0;list-style:none}
        ol.plan>li{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0}
        ol.plan>li label{font-weight:600}
        ol.plan ul{margin:4px 0 0;padding-left:22px}
        #js-errors{background:#fde0e0;color:#7a1010;padding:8px;white-space:pre-wrap}
        footer{color:var(--muted);font-size:13px;border-top:1px solid var(--line);margin-top:30px;padding-top:10px}
        @media (max-width:600px){main{padding:0 10px 30px}header.top{padding:12px 10px 8px}
          .cards{grid-template-columns:repeat(2,minmax(0,1fr))}.card .value{font-size:20px}
          table{min-width:620px}th,td{padding:4px 6px;font-size:13px}td .mono{overflow-wrap:normal;word-break:break-all}
          svg.bars,svg.graph,svg.treemap{min-width:620px}.tm-label{font-size:16px}}
        """

    /// Sortable tables (click a header), filters (type in the box above a table), the hotspot map's
    /// drill-down (click a module, then "All modules"), and a load-time mark for the benchmark.
    static let script = """
        (function () {
          'use strict';
          function cellValue(row, index, numeric) {
            var cell = row.children[index];
            var raw = cell ? (cell.getAttribute('data-v') || cell.textContent) : '';
            return numeric ? (parseFloat(raw) || 0) : raw.toLowerCase();
          }
          function sortBy(th) {
            var table = th.closest('table'), body = table.tBodies[0];
            var index = Array.prototype.indexOf.call(th.parentNode.children, th);
            var numeric = th.classList.contains('num');
            var current = th.getAttribute('aria-sort');
            var descending = current ? current === 'ascending' : numeric;
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
              return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
            });
            Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
            var fragment = document.createDocumentFragment();
            rows.forEach(function (row) { fragment.appendChild(row); });
            body.appendChild(fragment);
          }
          document.querySelectorAll('table.sortable th').forEach(function (th) {
            th.tabIndex = 0;
            th.addEventListener('click', function () { sortBy(th); });
            th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sortBy(th); } });
          });
          document.querySelectorAll('input.filter').forEach(function (input) {
            var table = document.getElementById(input.getAttribute('data-table'));
            var count = document.getElementById(input.getAttribute('data-table') + '-count');
            input.addEventListener('input', function () {
              var query = input.value.trim().toLowerCase(), shown = 0;
              Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
                var hit = !query || row.textContent.toLowerCase().indexOf(query) >= 0;
                row.hidden = !hit;
                if (hit) { shown += 1; }
              });
              if (count) { count.textContent = shown + ' of ' + table.tBodies[0].rows.length + ' rows'; }
            });
          });
          function showMap(id) {
            document.querySelectorAll('.tm-level').forEach(function (level) { level.hidden = level.id !== id; });
            var back = document.getElementById('tm-back');
            if (back) { back.hidden = id === 'tm-modules'; }
          }
          document.querySelectorAll('[data-drill]').forEach(function (node) {
            var open = function () { showMap(node.getAttribute('data-drill')); };
            node.addEventListener('click', open);
            node.addEventListener('keydown', function (e) { if (e.key === 'Enter') { open(); } });
          });
          var back = document.getElementById('tm-back');
          if (back) { back.addEventListener('click', function () { showMap('tm-modules'); }); }
          var data = document.getElementById('accrue-data');
          if (data) { JSON.parse(data.textContent); }
          window.addEventListener('load', function () {
            document.documentElement.setAttribute('data-load-ms', String(Math.round(performance.now())));
          });
        })();
        """
}
