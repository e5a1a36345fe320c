// The glossary import preview's Apply button: the preview page carries the previewed file (base64, in
// data-file); on submit it goes back into the form's file input, so the same bytes are posted again with
// action=apply through the ordinary multipart form (CSRF token and origin checks as for any form).

const form = document.getElementById('import-apply-form');
if (form) {
  form.addEventListener('submit', () => {
    const binary = atob(form.dataset.file || '');
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], form.dataset.fileName || 'glossary', { type: 'application/octet-stream' }));
    document.getElementById('import-apply-file').files = transfer.files;
    // not prevented: the browser now posts the form, the file included, and shows the import report
  });
}
