#!/usr/bin/python3
# Writes the spreadsheet fixtures of tests/io/tst_xlsxreader.cpp and
# tst_odsreader.cpp: with openpyxl and XlsxWriter (Debian's python3-openpyxl,
# python3-xlsxwriter), and as hand-assembled zips of the XML that Excel writes.
# Run from this folder; the .ods and the LibreOffice .xlsx are then made with
#   soffice --headless --convert-to ods libreoffice-source.xlsx   (see README.md)
import datetime
import html
import zipfile

import openpyxl
import xlsxwriter

# 1. openpyxl: shared strings, numbers, dates with its default number format
#    (yyyy-mm-dd h:mm:ss for datetimes, yyyy-mm-dd for dates), booleans.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Contacts"
ws.append(["Name", "Email", "Joined", "Met at", "Score", "Visits", "Opt-in", "Postcode"])
ws.append(["Ann Lee", "ann@example.com", datetime.date(2026, 3, 2), datetime.datetime(2026, 3, 2, 14, 30, 5), 0.1, 42, True, "01234"])
ws.append(["Jean Dupont", "jean@example.fr", datetime.date(1999, 12, 31), datetime.datetime(2000, 1, 1, 0, 0, 0), 1234.5, 1000000, False, "75001"])
ws.append(["Émilie Ødegård", None, None, None, -3.25, 0, None, None])
ws2 = wb.create_sheet("Notes")
ws2.append(["Second sheet"])
wb.save("openpyxl.xlsx")

# 2. XlsxWriter in constant-memory mode: inline strings, as pandas' exports
#    with it and other streaming writers write them.
wb = xlsxwriter.Workbook("xlsxwriter-inline.xlsx", {"constant_memory": True})
ws = wb.add_worksheet("Leads")
date_format = wb.add_format({"num_format": "dd/mm/yyyy"})
ws.write_row(0, 0, ["Company", "City", "Since", "Revenue"])
ws.write_string(1, 0, "Acme & Co <Ltd>")
ws.write_string(1, 1, "Lyon")
ws.write_datetime(1, 2, datetime.datetime(2021, 6, 15), date_format)
ws.write_number(1, 3, 0.3 + 0.6)
ws.write_string(2, 0, "=HYPERLINK(\"http://x\")")
ws.write_string(2, 1, "  spaced  ")
ws.write_number(2, 3, 33612345678)
wb.close()

# 3. Hand-assembled, as Excel writes a workbook: shared strings with rich
#    text runs and phonetic runs, cell styles with built-in and custom date
#    formats, gaps, rows without r, a title row, two sheets whose files are
#    not in workbook order, errors, formula results, booleans.
def excel_zip(name, sheets, shared, date1904=False, styles=None, extra=None):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i, (sname, fname, _) in enumerate(sheets):
        ct += f'<Override PartName="/xl/worksheets/{fname}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    ct += ('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
           '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wbx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
           'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
           'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
           'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
           'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
           'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
           '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
           + ('<workbookPr date1904="1" defaultThemeVersion="166925"/>' if date1904 else '<workbookPr defaultThemeVersion="166925"/>') +
           '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    for i, (sname, fname, _) in enumerate(sheets):
        wbx += f'<sheet name="{sname}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
        wrels += f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/{fname}"/>'
    n = len(sheets)
    wbx += '</sheets><calcPr calcId="191029"/></workbook>'
    wrels += (f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
              f'<Relationship Id="rId{n + 3}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">'
           + ''.join(shared) + '</sst>')
    if styles is None:
        styles = STYLES
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>'
           '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><AppVersion>16.0300</AppVersion></Properties>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Marketing</dc:creator><cp:lastModifiedBy>Marketing</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-12T09:14:02Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-04T16:40:51Z</dcterms:modified></cp:coreProperties>')
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", wbx)
        z.writestr("xl/_rels/workbook.xml.rels", wrels)
        for sname, fname, body in sheets:
            z.writestr("xl/worksheets/" + fname, SHEET_HEAD + body + SHEET_TAIL)
        z.writestr("xl/theme/theme1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"/>')
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", sst)
        z.writestr("docProps/core.xml", core)
        z.writestr("docProps/app.xml", app)
        for k, v in (extra or {}).items():
            z.writestr(k, v)

SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
              'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
              'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
              'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
              'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{00000000-0001-0000-0000-000000000000}">'
              '<dimension ref="A1:H6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
              '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="18.7109375" customWidth="1"/></cols><sheetData>')
SHEET_TAIL = ('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')

# Cell styles: 0 General, 1 built-in 14 (m/d/yyyy), 2 custom 164
# (dd/mm/yyyy;@), 3 built-in 22 (m/d/yyyy h:mm), 4 custom 165 ("Day "d with
# a quoted d: still a date), 5 custom 166 (0.00" days": no date), 6 custom 167
# ([$-409]h:mm AM/PM;@: a time), 7 built-in 49 (@: text), 8 bold title.
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" '
          'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
          'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
          'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
          '<numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;Day &quot;d mmm"/>'
          '<numFmt numFmtId="166" formatCode="0.00&quot; days&quot;"/><numFmt numFmtId="167" formatCode="[$-409]h:mm\\ AM/PM;@"/></numFmts>'
          '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
          '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>'
          '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>')

def si(text):
    space = ' xml:space="preserve"' if text != text.strip() else ''
    return f'<si><t{space}>{html.escape(text, quote=False)}</t></si>'  # Excel writes &amp;

shared = [
    si("Visitors"),                                                      # 0
    si("Name"), si("Joined"), si("Met at"), si("Days"), si("Call at"),   # 1-5
    '<si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>Ann</t></r>'
    '<r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve"> Lee</t></r></si>',  # 6
    '<si><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1"/></si>',  # 7
    si("  padded  "),                                                    # 8
    si("line one\nline two"),                                            # 9
    si("Tab_x0009_and CR_x000D_"),                                       # 10
    si("Notes"),                                                         # 11
    si("Status"),                                                        # 12
]

rows = (
    # A title row above the header, the header, then data with gaps.
    '<row r="1" spans="1:6" ht="18.75" x14ac:dyDescent="0.3"><c r="A1" s="8" t="s"><v>0</v></c></row>'
    '<row r="3" spans="1:6"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c>'
    '<c r="D3" t="s"><v>4</v></c><c r="E3" t="s"><v>5</v></c><c r="F3" t="s"><v>12</v></c></row>'
    '<row r="4" spans="1:6"><c r="A4" t="s"><v>6</v></c><c r="B4" s="1"><v>46083</v></c><c r="C4" s="3"><v>46083.604224537039</v></c>'
    '<c r="D4" s="5"><v>2.5</v></c><c r="E4" s="6"><v>0.625</v></c><c r="F4" t="b"><v>1</v></c></row>'
    '<row r="5" spans="1:6"><c r="A5" t="s"><v>7</v></c><c r="C5" s="2"><v>36525</v></c><c r="F5" t="e"><f>VLOOKUP(A5,Z:Z,1,0)</f><v>#N/A</v></c></row>'
    '<row r="6" spans="1:6"><c r="A6" t="s"><v>8</v></c><c r="B6" s="4"><v>45658</v></c><c r="D6"><v>0.30000000000000004</v></c>'
    '<c r="E6" t="str"><f>UPPER("ok")</f><v>OK</v></c><c r="F6" s="7" t="s"><v>10</v></c></row>'
    '<row r="7" spans="1:6"><c r="A7" s="1"/><c r="B7" s="1"/></row>'  # styled but empty: no record
    '<row r="8" spans="1:6"><c r="A8" t="s"><v>9</v></c><c r="D8"><v>1.0E-3</v></c><c r="E8"><v>4.2E+1</v></c></row>'
)
# The second sheet comes first in the files but second in the workbook.
notes = ('<row r="1"><c r="A1" t="s"><v>11</v></c></row>'
         '<row><c><v>1</v></c><c><v>2</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row>'
         '<row><c t="inlineStr"><is><t>inline</t></is></c></row>')
excel_zip("excel-shapes.xlsx", [("Visitors 2026", "sheet2.xml", rows), ("Notes", "sheet1.xml", notes)], shared)

# 1904 date system (old Mac Excel): day 0 is 1904-01-01.
excel_zip("excel-1904.xlsx", [("Sheet1", "sheet1.xml",
          '<row r="1"><c r="A1" t="s"><v>2</v></c></row><row r="2"><c r="A2" s="1"><v>44621</v></c></row>')], shared, date1904=True)

# Broken files.
with open("not-a-zip.xlsx", "wb") as f:
    f.write(b"Name,Email\r\nAnn,ann@example.com\r\n")
with open("encrypted.xlsx", "wb") as f:
    # An OLE compound file header, as Excel writes a password-protected workbook.
    f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900") + bytes(488))
with zipfile.ZipFile("no-workbook.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("readme.txt", "not a workbook")
excel_zip("malformed-sheet.xlsx", [("Broken", "sheet1.xml",
          '<row r="1"><c r="A1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></row>')], shared)
# A zip bomb: a sheet of 64 MiB of the same bytes, compressed with bzip2
# (which zip allows) to a few hundred bytes: far past any real ratio.
with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_BZIP2, compresslevel=9) as z:
    z.writestr("_rels/.rels", rels_bomb := ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
    z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + ' ' * (64 << 20) + '</sheetData></worksheet>')

# 4. XlsxWriter in its default mode: shared strings.
wb = xlsxwriter.Workbook("xlsxwriter-shared.xlsx")
ws = wb.add_worksheet()
ws.write_row(0, 0, ["Email", "Phone"])
ws.write_row(1, 0, ["a@example.com", "+33 1 23 45 67 89"])
ws.write_row(2, 0, ["b@example.com", "+33 1 23 45 67 89"])
wb.close()

# 5. The end-to-end import fixtures (tests/data/imports/).
import os
import shutil
import subprocess
import tempfile

os.makedirs("../imports/excel-xlsx", exist_ok=True)
os.makedirs("../imports/libreoffice-ods", exist_ok=True)

# A contacts sheet as a marketing person keeps it in Excel: a title row, a
# blank row, the header, dates typed as dates (built-in format 14), postal
# codes typed as text so that the leading zero stays (format 49, "@"),
# phones as text, and a second sheet of notes.
strings = ["Salon Expo 2026 – visitors", "First name", "Last name", "Company", "Job title", "Email", "Phone",
           "Postal code", "City", "Country", "Visit date",
           "Claire", "Martin", "Boulangerie Martin", "Manager", "claire.martin@example.fr", "+33 4 74 22 10 10",
           "01000", "Bourg-en-Bresse", "France",
           "Luc", "Bernard", "Bernard & Fils", "luc@bernard-fils.example", "06 12 34 56 78", "69002", "Lyon",
           "Sofia", "García", "Hotel Sol", "Directora", "sofia.garcia@hotelsol.example", "08001", "Barcelona", "Spain",
           "Follow-up", "Call Claire back in April"]
idx = {s: i for i, s in enumerate(strings)}
def s(ref, text, style=0):
    st = f' s="{style}"' if style else ''
    return f'<c r="{ref}"{st} t="s"><v>{idx[text]}</v></c>'
def d(ref, serial):
    return f'<c r="{ref}" s="1"><v>{serial}</v></c>'
visitors = (
    '<row r="1" spans="1:10" ht="18.75" x14ac:dyDescent="0.3">' + s("A1", strings[0], 8) + '</row>'
    '<row r="3" spans="1:10" x14ac:dyDescent="0.25">' + ''.join(s(c + "3", h) for c, h in zip("ABCDEFGHIJ", strings[1:11])) + '</row>'
    '<row r="4" spans="1:10" x14ac:dyDescent="0.25">' + s("A4", "Claire") + s("B4", "Martin") + s("C4", "Boulangerie Martin")
    + s("D4", "Manager") + s("E4", "claire.martin@example.fr") + s("F4", "+33 4 74 22 10 10") + s("G4", "01000", 7)
    + s("H4", "Bourg-en-Bresse") + s("I4", "France") + d("J4", 46093) + '</row>'
    '<row r="5" spans="1:10" x14ac:dyDescent="0.25">' + s("A5", "Luc") + s("B5", "Bernard") + s("C5", "Bernard & Fils")
    + s("E5", "luc@bernard-fils.example") + s("F5", "06 12 34 56 78") + s("G5", "69002", 7) + s("H5", "Lyon")
    + s("I5", "France") + d("J5", 46093) + '</row>'
    '<row r="6" spans="1:10" x14ac:dyDescent="0.25">' + s("A6", "Sofia") + s("B6", "García") + s("C6", "Hotel Sol")
    + s("D6", "Directora") + s("E6", "sofia.garcia@hotelsol.example") + s("G6", "08001", 7) + s("H6", "Barcelona")
    + s("I6", "Spain") + d("J6", 46094) + '</row>')
followup = ('<row r="1" spans="1:1">' + s("A1", "Follow-up") + '</row>'
            '<row r="2" spans="1:1">' + s("A2", "Call Claire back in April") + '</row>')
excel_zip("../imports/excel-xlsx/input.xlsx", [("Visitors", "sheet1.xml", visitors), ("Follow-up", "sheet2.xml", followup)],
          [si(x) for x in strings])

# The same kind of list kept in LibreOffice Calc: written with openpyxl,
# then opened and saved as .ods by LibreOffice itself; the contacts are on
# the second sheet.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Summary"
ws.append(["Trade show leads", 3])
ws2 = wb.create_sheet("Contacts")
ws2.append(["First Name", "Last Name", "Organization", "Email", "Phone", "ZIP", "City", "Met on"])
ws2.append(["Hanna", "Schmidt", "Schmidt GmbH", "hanna.schmidt@example.de", "+49 30 1234567", "01067", "Dresden", datetime.date(2026, 2, 18)])
ws2.append(["Pieter", "de Vries", "Vries BV", "pieter@vries.example", "+31 20 555 0101", "1012 AB", "Amsterdam", datetime.date(2026, 2, 19)])
ws2.append(["Ana", "Souza", "", "ana.souza@example.br", None, None, "", datetime.date(2026, 2, 19)])
for c in ("F2", "F3"):
    ws2[c].number_format = "@"
tmp = tempfile.mkdtemp()
wb.save(os.path.join(tmp, "input.xlsx"))
subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", tmp, os.path.join(tmp, "input.xlsx")], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, "input.ods"), "../imports/libreoffice-ods/input.ods")
shutil.rmtree(tmp)

# 6. Hand-built .ods files in LibreOffice's shape (the mimetype entry first
#    and stored, then content.xml), for what the converted file lacks.
ODS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">'
            '<office:automatic-styles/><office:body><office:spreadsheet>')
ODS_TAIL = '</office:spreadsheet></office:body></office:document-content>'
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')

def ods_zip(name, body, manifest=MANIFEST, raw_content=None):
    with zipfile.ZipFile(name, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", raw_content if raw_content is not None else ODS_HEAD + body + ODS_TAIL, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)

def cell(text, attrs='office:value-type="string" calcext:value-type="string"'):
    return f'<table:table-cell {attrs}><text:p>{text}</text:p></table:table-cell>'

EMPTY_TAIL = ('<table:table-row table:style-name="ro1" table:number-rows-repeated="1048570">'
              '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
shapes = (
    '<table:table table:name="Intro"><table:table-column table:number-columns-repeated="16384"/>'
    '<table:table-row>' + cell("About") + '</table:table-row>' + EMPTY_TAIL + '</table:table>'
    '<table:table table:name="Data"><table:table-column table:number-columns-repeated="3"/>'
    '<table:table-header-rows><table:table-row>' + cell("Text") + cell("Value") + cell("Kind")
    + '<table:table-cell table:number-columns-repeated="16381"/></table:table-row></table:table-header-rows>'
    # Spans, spaces, a tab, a line break, two paragraphs, a comment left out.
    '<table:table-row><table:table-cell office:value-type="string" calcext:value-type="string">'
    '<office:annotation><dc:creator>Ann</dc:creator><text:p>a comment</text:p></office:annotation>'
    '<text:p>Dr.<text:s text:c="3"/><text:span text:style-name="T1">Who</text:span><text:tab/>x<text:line-break/>y</text:p>'
    '<text:p>second  paragraph</text:p></table:table-cell>'
    '<table:table-cell office:value-type="percentage" office:value="0.15" calcext:value-type="percentage"><text:p>15%</text:p></table:table-cell>'
    '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="12.5" calcext:value-type="currency"><text:p>12,50 €</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="16381"/></table:table-row>'
    # A repeated row with content, given three times; repeated cells.
    '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="2" office:value-type="boolean" '
    'office:boolean-value="true" calcext:value-type="boolean"><text:p>TRUE</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="2"/>'
    '<table:table-cell office:value-type="time" office:time-value="PT09H05M00S" calcext:value-type="time"><text:p>09:05</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="16379"/></table:table-row>'
    # Merged cells: the covered one's hidden content is not shown.
    '<table:table-row><table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="1" office:value-type="string" '
    'calcext:value-type="string"><text:p>merged</text:p></table:table-cell>'
    '<table:covered-table-cell office:value-type="string" calcext:value-type="string"><text:p>hidden</text:p></table:covered-table-cell>'
    '<table:table-cell office:value-type="float" office:value="1E-3" calcext:value-type="float"><text:p>0.001</text:p></table:table-cell>'
    '</table:table-row>'
    '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    '<table:table-row-group><table:table-row>' + cell("grouped") + '</table:table-row></table:table-row-group>'
    + EMPTY_TAIL + '</table:table>')
ods_zip("ods-shapes.ods", shapes)
ods_zip("ods-encrypted.ods", "", manifest=MANIFEST.replace('<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="1234">'
        '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
        'manifest:checksum="abc="><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
        'manifest:initialisation-vector="abc="/></manifest:encryption-data></manifest:file-entry>'),
        raw_content=bytes(range(256)) * 4)
ods_zip("ods-malformed.ods", '<table:table table:name="Broken"><table:table-row>' + cell("ok") + '</table:table-row>'
        '<table:table-row><table:table-cell><text:p>unclosed</table:table-cell></table:table-row></table:table>')
