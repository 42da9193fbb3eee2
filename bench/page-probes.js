// In-page probes, installed before any page script (addInitScript): the clock starts and stops inside the
// page with performance.now(). Plain JavaScript, so nothing is transpiled between here and the page.
;(() => {
  const imageRows = () => [...document.querySelectorAll('tr[id^="image-row-img-"]')]
  const statusText = () =>
    [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent).join(' ')

  // Runs `done` once the frame that shows the DOM as it is now has been painted: requestAnimationFrame runs
  // just before that frame's paint (and waits while anything blocks rendering: a style sheet, the parser),
  // and a task queued from it runs after the paint. The same for the app and the bare page.
  function afterPaint(done) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = done
      channel.port2.postMessage(null)
    })
  }

  // Layout shifts from navigation start not caused by input: what moved while the page loaded and the
  // script took over a server-rendered screen. https://developer.mozilla.org/en-US/docs/Web/API/LayoutShift
  const shifts = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value)
  }).observe({ type: 'layout-shift', buffered: true })

  // With `__benchClickNext` set (a later init script), "Next page" is clicked every 10 ms from the first
  // rows on, until a click works (the URL says page=2). "Next page" is a link: before the script has taken
  // the page over the click loads ?page=2 as a new document, after it the page changes in place. Either way
  // `__page2RowsAt` is when page 2's first row is in the DOM, from the first page's navigation start (kept
  // in sessionStorage across the new document), and `__page2PaintedAt` the frame that paints it.
  const onPage2 = () => new URLSearchParams(window.location.search).get('page') === '2'
  const CLICK_FROM = '__benchClickFrom'
  const PAGE1_FIRST = '__benchPage1First'
  function clickNextUntilItWorks() {
    sessionStorage.setItem(CLICK_FROM, String(performance.timeOrigin))
    sessionStorage.setItem(PAGE1_FIRST, imageRows()[0]?.id ?? '')
    const attempt = () => {
      if (onPage2()) return
      document.querySelector('a[aria-label="Next page"][href]')?.click()
      setTimeout(attempt, 10)
    }
    attempt()
  }
  function watchPage2() {
    const from = Number(sessionStorage.getItem(CLICK_FROM))
    if (!from || window.__page2RowsAt !== undefined) return
    const first = imageRows()[0]?.id
    if (!onPage2() || !first || first === sessionStorage.getItem(PAGE1_FIRST)) return
    const since = () => performance.timeOrigin + performance.now() - from
    window.__page2RowsAt = since()
    afterPaint(() => {
      window.__page2PaintedAt = since()
    })
  }
  new MutationObserver(watchPage2).observe(document, { childList: true, subtree: true })

  // When the first image row enters the DOM, and when a frame showing it has been painted, from navigation
  // start. (A page opened by the Next-page click below is page 2's, not a first load.)
  const watcher = new MutationObserver(() => {
    if (imageRows().length === 0) return
    window.__firstRowsAt = performance.now()
    watcher.disconnect()
    afterPaint(() => {
      window.__firstRowsPaintedAt = performance.now()
    })
    if (window.__benchClickNext && !onPage2()) clickNextUntilItWorks()
  })
  watcher.observe(document, { childList: true, subtree: true })

  // Milliseconds from a click to the DOM showing its result ('rows': the first row is another image;
  // 'sorted': a "Sorted …" status appeared), with the status line and the first column shown then.
  function timeClick(target, until) {
    const firstId = () => imageRows()[0]?.id
    const before = firstId()
    const sortedBefore = statusText().includes('Sorted ')
    const done = () =>
      until === 'rows'
        ? firstId() !== before
        : !sortedBefore && /Sorted (across all|within this page)/.test(statusText())
    return new Promise((resolve) => {
      const start = performance.now()
      const observer = new MutationObserver(() => {
        if (!done()) return
        observer.disconnect()
        const names = imageRows().map((row) => row.querySelector('td')?.textContent ?? '')
        resolve({ ms: performance.now() - start, status: statusText(), names })
      })
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      })
      target.click()
    })
  }

  const layoutShift = () => shifts.reduce((sum, value) => sum + value, 0)
  window.__benchProbes = { timeClick, layoutShift }
})()
