// The import previews' second steps (glossary, translations into a document, TMX into the memory): the
// preview's Apply button, and naming the columns of a glossary file without a header row. Both pages carry the file (base64, in data-file); on submit it goes back into the form's file
// input, so the same bytes are posted again through the ordinary multipart form (CSRF token and origin checks
// as for any form). Naming columns also joins the chosen names into the hidden "columns" field.

for (const id of ['import-apply-form', 'import-columns-form']) {
  const form = document.getElementById(id);
  if (!form) continue;
  form.addEventListener('submit', () => {
    const binary = atob(form.dataset.file || '');
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], form.dataset.fileName || 'glossary', { type: 'application/octet-stream' }));
    form.querySelector('input[type=file]').files = transfer.files;
    const columns = form.querySelector('#import-columns');
    if (columns) columns.value = [...form.querySelectorAll('select.column-name')].map((s) => s.value).join(',');
    // not prevented: the browser now posts the form, the file included, and shows the next page
  });
}
