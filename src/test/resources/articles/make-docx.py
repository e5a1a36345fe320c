#!/usr/bin/python3
"""Writes pasar-ikan.docx, the DOCX test article, by hand: a DOCX is a zip of a few XML parts.
With a number N as argument it repeats the body N times (a large file for timing the import)."""
import sys, zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def run(text, bold=False, italic=False):
    props = ('<w:b/>' if bold else '') + ('<w:i/>' if italic else '')
    rpr = f'<w:rPr>{props}</w:rPr>' if props else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'

def para(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ppr}{"".join(runs)}</w:p>'

def link(rid, text):
    return f'<w:hyperlink r:id="{rid}">{run(text)}</w:hyperlink>'

def cell(text):
    return f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{para(run(text))}</w:tc>'

BODY = (
    para(run('Harga ikan naik menjelang musim hujan'), style='Heading1')
    + para(run('Pedagang di '), run('Pasar Ikan Muara Baru', bold=True),
           run(' mengeluhkan pasokan yang turun. Harga tongkol naik menjadi Rp 45.000 per kilogram.'))
    + para(run('Ketua paguyuban '), run('Slamet Riyadi', bold=True), run(' mengatakan nelayan jarang melaut. '),
           run('Informasi cuaca', italic=True), run(' dapat dibaca di '), link('rId10', 'situs BMKG'), run('.'))
    + para(run('Dinas perikanan mencatat penurunan tangkapan sebesar 30 persen.'),
           '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    + '<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>'
    + f'<w:tr>{cell("Jenis ikan")}{cell("Harga per kilogram")}</w:tr>'
    + f'<w:tr>{cell("Tongkol")}{cell("Rp 45.000")}</w:tr>'
    + f'<w:tr>{cell("Kembung")}{cell("Rp 38.000")}</w:tr></w:tbl>'
    + para(run('Pemerintah berjanji menambah pasokan dari Sulawesi.'))
)

def document(repeat):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
            + BODY * repeat + '<w:sectPr/></w:body></w:document>')

FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
             '<w:r><w:t xml:space="preserve"> Data Dinas Kelautan dan Perikanan DKI Jakarta.</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>')

TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
         '</Types>')

RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.bmkg.go.id/cuaca" TargetMode="External"/>'
            '</Relationships>')

def write(path, repeat=1):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', TYPES)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml', document(repeat))
        z.writestr('word/_rels/document.xml.rels', DOC_RELS)
        z.writestr('word/footnotes.xml', FOOTNOTES)

if __name__ == '__main__':
    if len(sys.argv) > 1:
        write(sys.argv[2] if len(sys.argv) > 2 else '/tmp/large.docx', int(sys.argv[1]))
    else:
        write('pasar-ikan.docx')
