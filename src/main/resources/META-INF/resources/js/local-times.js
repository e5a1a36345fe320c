// Times the server wrote in UTC (<time datetime="…">) shown in the reader's own time zone and language.
const format = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});
for (const t of document.querySelectorAll('time[datetime]')) {
  const at = new Date(t.dateTime);
  if (!Number.isNaN(at.getTime())) {
    t.title = t.textContent; // the UTC form stays one hover away
    t.textContent = format.format(at);
  }
}
