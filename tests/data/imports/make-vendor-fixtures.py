# Writes the vendor-export and encoding fixtures of this folder byte for byte
# (quoting, byte order mark, line ends, code page, preamble and footer lines
# as each tool writes them) with their expected.json: python3 make-vendor-fixtures.py
# The shapes and where they come from: README.md. quarry-export/ is not
# written here: it is the real output of quarry-cli (see its README line).
import csv, io, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

def key(h):
    # as the importer compares headers, roughly: case folded, letters and digits only
    import unicodedata
    s = unicodedata.normalize('NFKD', h.replace('ß', 'ss')).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z0-9]', '', s)

def cells(rows, quote_all, delimiter, newline):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline,
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()

def fixture(folder, *, source, headers, rows, leads, unmapped, file='input.csv', encoding='utf-8',
            json_encoding='UTF-8', bom=b'', delimiter=',', newline='\r\n', quote_all=False,
            preamble='', footer='', header_line=None, rejected=(), options=None, note=None):
    width = len(headers)
    leads = json.loads(json.dumps(leads))
    for lead in leads:  # countries are written as their ISO code (LeadCodec::toJson)
        if lead.get('country'):
            lead['country'] = COUNTRY_CODES[lead['country']]
    table = [headers]
    for r in rows:
        if isinstance(r, dict):
            unknown = set(r) - set(headers)
            assert not unknown, (folder, unknown)
            table.append([r.get(h, '') for h in headers])
        else:
            assert len(r) == width, (folder, r)
            table.append(r)
    text = preamble + cells(table, quote_all, delimiter, newline) + footer
    data = bom + text.encode(encoding)
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    with open(os.path.join(HERE, folder, file), 'wb') as f:
        f.write(data)
    for u in unmapped:
        assert u in headers, (folder, u)
    imported = len(rows) - len(rejected)
    exp = {
        'file': file,
        'source': source,
        'encoding': json_encoding,
        'delimiter': delimiter,
        'header_line': header_line or (preamble.count(newline) + 1 if preamble else 1),
        'headers': headers,
        'options': options or {'create_missing': True, 'on_duplicate': 'skip'},
        'unmapped_columns': unmapped,
        'counts': {'read': len(rows), 'imported': imported, 'updated': 0, 'skipped': 0,
                   'rejected': len(rejected)},
        'leads': leads,
        'rejected': list(rejected),
    }
    if note:
        exp['note'] = note
    assert len(leads) == imported, (folder, len(leads), imported)
    with open(os.path.join(HERE, folder, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')

COUNTRY_CODES = {"France": "FR", "United States": "US", "United Kingdom": "GB", "Germany": "DE", "Switzerland": "CH",
                 "Portugal": "PT", "India": "IN", "Ireland": "IE", "Japan": "JP", "New Zealand": "NZ", "Belgium": "BE",
                 "Netherlands": "NL", "Denmark": "DK", "Spain": "ES"}

def matching(headers, *patterns):
    """The headers (in order) whose key matches one of the regular expressions."""
    return [h for h in headers if any(re.fullmatch(p, key(h)) for p in patterns)]

# ---------------------------------------------------------------------------
# Google Contacts, the export of today (Export > Google CSV): UTF-8 without
# BOM, LF, quoting only where needed; several values of one cell joined by
# " ::: "; the system group "* myContacts" among the labels.
g_headers = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
             "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
             "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
             "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
             "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
             "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
             "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
             "Address 1 - Extended Address", "Website 1 - Label", "Website 1 - Value"]
fixture('google-contacts', source='google-contacts', headers=g_headers, newline='\n', rows=[
    {"First Name": "Hélène", "Last Name": "Lefèvre", "Name Prefix": "Dr.", "Organization Name": "Clinique Saint-Éloi",
     "Organization Title": "Directrice des achats", "Organization Department": "Achats", "Birthday": "1979-04-12",
     "Notes": "Rencontrée au salon, stand B12.", "Labels": "* myContacts ::: Expo 2026",
     "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "h.lefevre@clinique-saint-eloi.fr ::: helene.lefevre@example.org",
     "Phone 1 - Label": "Work", "Phone 1 - Value": "+33 1 44 55 66 77",
     "Phone 2 - Label": "Mobile", "Phone 2 - Value": "+33 6 12 34 56 78",
     "Address 1 - Label": "Work",
     "Address 1 - Formatted": "12 rue de la Paix\nBâtiment B\n75002 Paris\nFR",
     "Address 1 - Street": "12 rue de la Paix", "Address 1 - City": "Paris", "Address 1 - Postal Code": "75002",
     "Address 1 - Country": "FR", "Address 1 - Extended Address": "Bâtiment B",
     "Website 1 - Label": "Work", "Website 1 - Value": "https://clinique-saint-eloi.example.fr"},
    {"First Name": "Björn", "Last Name": "Ødegård", "Name Suffix": "Jr.", "Nickname": "Bjø",
     "Organization Name": "Nordlys AS", "Organization Title": "CTO", "Labels": "* myContacts ::: Expo 2026 ::: VIP",
     "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "bjorn@nordlys.example.no",
     "E-mail 2 - Label": "Home", "E-mail 2 - Value": "bjorn.odegard@example.com",
     "Phone 1 - Label": "Work", "Phone 1 - Value": "+47 22 33 44 55 ::: +47 22 33 44 56"},
    {"File As": "Acme Logistics", "Organization Name": "Acme Logistics", "Labels": "* myContacts",
     "E-mail 1 - Label": "Work", "E-mail 1 - Value": "contact@acme-logistics.example.com",
     "Phone 1 - Label": "Work", "Phone 1 - Value": "+1 415-555-0100",
     "Address 1 - Label": "Work", "Address 1 - Formatted": "500 Market St\nSan Francisco, CA 94105\nUS",
     "Address 1 - Street": "500 Market St", "Address 1 - City": "San Francisco", "Address 1 - Region": "CA",
     "Address 1 - Postal Code": "94105", "Address 1 - Country": "US"},
    {"First Name": "Zoë", "Last Name": "Martín", "Labels": "* myContacts ::: Expo 2026",
     "E-mail 1 - Label": "* Other", "E-mail 1 - Value": "zoe.martin@@example.es",
     "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+34 612 345 678"},
], unmapped=matching(g_headers, r'photo', r'email\d+label', r'phone\d+label', r'address\d+label',
                     r'address\d+formatted', r'website\d+label'),
   rejected=[{"line": 10, "reason_contains": "email"}],
   leads=[
    {"civility": "dr", "first_name": "Hélène", "last_name": "Lefèvre", "company": "Clinique Saint-Éloi",
     "job_title": "Directrice des achats", "department": "Achats",
     "email": ["h.lefevre@clinique-saint-eloi.fr", "helene.lefevre@example.org"],
     "phone": ["+33 1 44 55 66 77", "+33 6 12 34 56 78"], "street": "12 rue de la Paix\nBâtiment B",
     "city": "Paris", "postal_code": "75002", "country": "France", "website": "https://clinique-saint-eloi.example.fr",
     "description": "Rencontrée au salon, stand B12.", "tags": ["Expo 2026"], "status": "To be processed",
     "extras_contains": ["Birthday: 1979-04-12"]},
    {"first_name": "Björn", "last_name": "Ødegård Jr.", "company": "Nordlys AS", "job_title": "CTO",
     "email": ["bjorn@nordlys.example.no", "bjorn.odegard@example.com"],
     "phone": ["+47 22 33 44 55", "+47 22 33 44 56"], "tags": ["Expo 2026", "VIP"],
     "extras_contains": ["Nickname: Bjø"]},
    {"first_name": "", "last_name": "", "company": "Acme Logistics", "email": ["contact@acme-logistics.example.com"],
     "phone": ["+1 415-555-0100"], "street": "500 Market St", "city": "San Francisco", "region": "CA",
     "postal_code": "94105", "country": "United States", "tags": [], "extras_contains": ["File As: Acme Logistics"]},
   ])

# ---------------------------------------------------------------------------
# Google Contacts, the older "Google CSV" (old Gmail's Contacts > Export >
# Google CSV): UTF-16LE with a BOM, commas, CRLF; Name, Given Name, …, Notes,
# Group Membership, then only the numbered groups the data uses.
gl_headers = ["Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
              "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname",
              "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Billing Information",
              "Directory Server", "Mileage", "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes",
              "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type",
              "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value",
              "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
              "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
              "Address 1 - Extended Address", "Organization 1 - Type", "Organization 1 - Name",
              "Organization 1 - Yomi Name", "Organization 1 - Title", "Organization 1 - Department",
              "Organization 1 - Symbol", "Organization 1 - Location", "Organization 1 - Job Description",
              "Website 1 - Type", "Website 1 - Value"]
fixture('google-contacts-legacy', source='google-contacts-legacy', headers=gl_headers, newline='\r\n',
        encoding='utf-16-le', json_encoding='UTF-16LE', bom=b'\xff\xfe', rows=[
    {"Name": "João Conceição", "Given Name": "João", "Family Name": "Conceição",
     "Group Membership": "* My Contacts ::: Feira 2026", "E-mail 1 - Type": "* Work",
     "E-mail 1 - Value": "joao@conceicao-engenharia.example.pt", "E-mail 2 - Type": "Home",
     "E-mail 2 - Value": "joao.conceicao@example.com", "Phone 1 - Type": "Work", "Phone 1 - Value": "+351 21 345 6789",
     "Phone 2 - Type": "Mobile", "Phone 2 - Value": "+351 912 345 678", "Address 1 - Type": "Work",
     "Address 1 - Formatted": "Av. da Liberdade 110\n1250-146 Lisboa\nPortugal", "Address 1 - Street": "Av. da Liberdade 110",
     "Address 1 - City": "Lisboa", "Address 1 - Postal Code": "1250-146", "Address 1 - Country": "Portugal",
     "Organization 1 - Type": "", "Organization 1 - Name": "Conceição Engenharia", "Organization 1 - Title": "Sócio-gerente",
     "Organization 1 - Department": "Direção", "Birthday": "1975-09-30"},
    {"Name": "Agnieszka Wiśniewska", "Given Name": "Agnieszka", "Family Name": "Wiśniewska", "Name Suffix": "PhD",
     "Group Membership": "* My Contacts", "E-mail 1 - Type": "* Other", "E-mail 1 - Value": "a.wisniewska@example.pl",
     "Organization 1 - Name": "Uniwersytet Łódzki", "Organization 1 - Title": "Researcher", "Occupation": "Chemist"},
    {"Name": "Verdant Foods", "Group Membership": "* My Contacts ::: Suppliers", "E-mail 1 - Type": "* Work",
     "E-mail 1 - Value": "orders@verdant-foods.example.co.uk", "Phone 1 - Type": "Work",
     "Phone 1 - Value": "+44 20 7946 0018", "Organization 1 - Name": "Verdant Foods",
     "Website 1 - Type": "Work", "Website 1 - Value": "http://www.verdant-foods.example.co.uk"},
], unmapped=matching(gl_headers, r'name', r'photo', r'email\d+type', r'phone\d+type', r'address\d+type',
                     r'address\d+formatted', r'organization\d+type', r'website\d+type'),
   leads=[
    {"first_name": "João", "last_name": "Conceição", "company": "Conceição Engenharia", "job_title": "Sócio-gerente",
     "department": "Direção", "email": ["joao@conceicao-engenharia.example.pt", "joao.conceicao@example.com"],
     "phone": ["+351 21 345 6789", "+351 912 345 678"], "street": "Av. da Liberdade 110", "city": "Lisboa",
     "postal_code": "1250-146", "country": "Portugal", "tags": ["Feira 2026"], "extras_contains": ["Birthday: 1975-09-30"]},
    {"first_name": "Agnieszka", "last_name": "Wiśniewska PhD", "company": "Uniwersytet Łódzki", "job_title": "Researcher",
     "email": ["a.wisniewska@example.pl"], "tags": [], "extras_contains": ["Occupation: Chemist"]},
    {"company": "Verdant Foods", "email": ["orders@verdant-foods.example.co.uk"], "phone": ["+44 20 7946 0018"],
     "website": "http://www.verdant-foods.example.co.uk", "tags": ["Suppliers"]},
   ])

# ---------------------------------------------------------------------------
# Outlook "Export to a file > Comma Separated Values": the ANSI code page
# (Windows-1252 for these three languages), every field quoted, CRLF, no BOM,
# "0/0/00" in empty dates, Gender/Priority/Sensitivity/Private always written.
o_en = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
        "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
        "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
        "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
        "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
        "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
        "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
        "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account", "Anniversary",
        "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box", "Categories", "Children",
        "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address",
        "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
        "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials", "Internet Free Busy",
        "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes", "Office Location",
        "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession", "Referred By",
        "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page"]
assert len(o_en) == 92

def outlook_row(headers, names, values, defaults):
    row = dict.fromkeys(headers, '')
    row.update(defaults)
    for k, v in values.items():
        row[names[k]] = v
    return row

EN = {h: h for h in o_en}
en_defaults = {"Anniversary": "0/0/00", "Birthday": "0/0/00", "Gender": "Unspecified", "Priority": "Normal",
               "Private": "False", "Sensitivity": "Normal"}
en_unmapped = ["E-mail Type", "E-mail Display Name", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Type",
               "E-mail 3 Display Name"]
fixture('outlook-en', source='outlook', headers=o_en, encoding='cp1252', json_encoding='Windows-1252',
        quote_all=True, rows=[
    outlook_row(o_en, EN, {"Title": "Mr.", "First Name": "Robert", "Middle Name": "J.", "Last Name": "O'Neil",
                           "Suffix": "Jr.", "Company": "Harbor Freight Partners", "Department": "Operations",
                           "Job Title": "Fleet Manager", "Business Street": "1 Harbor Way",
                           "Business Street 2": "Suite 200", "Business City": "Boston", "Business State": "MA",
                           "Business Postal Code": "02110", "Business Country/Region": "United States",
                           "Business Phone": "(617) 555-0142", "Mobile Phone": "(617) 555-0199",
                           "Categories": "Expo 2026;Key customer", "E-mail Address": "roneil@harborfreight.example.com",
                           "E-mail Type": "SMTP", "E-mail Display Name": "Robert O'Neil (roneil@harborfreight.example.com)",
                           "E-mail 2 Address": "bob.oneil@example.net", "E-mail 2 Type": "SMTP",
                           "E-mail 2 Display Name": "bob.oneil@example.net", "Initials": "R.J.O.",
                           "Birthday": "3/14/1972",
                           "Notes": "Called twice.\r\nWants a \"premium\" quote.", "Web Page": "www.harborfreight.example.com"},
                en_defaults),
    outlook_row(o_en, EN, {"Title": "Ms.", "First Name": "Zoë", "Last Name": "Brontë-Smith", "Company": "Café Ñandú Ltd",
                           "Job Title": "Owner", "Business Street": "14 Crème Lane", "Business City": "London",
                           "Business Postal Code": "EC1A 1BB", "Business Country/Region": "United Kingdom",
                           "Business Phone": "+44 20 7946 0321", "E-mail Address": "zoe@cafenandu.example.co.uk",
                           "E-mail Type": "SMTP", "E-mail Display Name": "Zoë Brontë-Smith (zoe@cafenandu.example.co.uk)",
                           "Initials": "Z.B."}, en_defaults),
    outlook_row(o_en, EN, {"Company": "Northwind Traders", "Business Street": "4 Pike Pl",
                           "Business City": "Seattle", "Business State": "WA", "Business Postal Code": "98101",
                           "Business Country/Region": "United States", "Company Main Phone": "(206) 555-0100",
                           "E-mail Address": "sales@northwind.example.com", "E-mail Type": "SMTP",
                           "E-mail Display Name": "sales@northwind.example.com"}, en_defaults),
], unmapped=en_unmapped, leads=[
    {"civility": "mr", "first_name": "Robert", "middle_name": "J.", "last_name": "O'Neil Jr.",
     "company": "Harbor Freight Partners", "department": "Operations", "job_title": "Fleet Manager",
     "street": "1 Harbor Way\nSuite 200", "city": "Boston", "region": "MA", "postal_code": "02110",
     "country": "United States", "phone": ["(617) 555-0142"], "mobile": "(617) 555-0199",
     "email": ["roneil@harborfreight.example.com", "bob.oneil@example.net"], "tags": ["Expo 2026", "Key customer"],
     "website": "www.harborfreight.example.com", "description_contains": "Wants a \"premium\" quote.",
     "extras_contains": ["Birthday: 3/14/1972", "Initials: R.J.O."],
     "extras_excludes": ["Anniversary", "Gender", "Priority", "Sensitivity", "Private"]},
    {"civility": "ms", "first_name": "Zoë", "last_name": "Brontë-Smith", "company": "Café Ñandú Ltd",
     "job_title": "Owner", "street": "14 Crème Lane", "city": "London", "postal_code": "EC1A 1BB",
     "country": "United Kingdom", "email": ["zoe@cafenandu.example.co.uk"], "extras_excludes": ["Birthday"]},
    {"company": "Northwind Traders", "street": "4 Pike Pl", "city": "Seattle", "region": "WA", "postal_code": "98101",
     "country": "United States", "phone": ["(206) 555-0100"], "email": ["sales@northwind.example.com"]},
])

o_fr = ["Titre", "Prénom", "Deuxième prénom", "Nom", "Suffixe", "Société", "Service", "Titre", "Rue (bureau)",
        "Rue (bureau) 2", "Rue (bureau) 3", "Ville (bureau)", "Dép/Région (bureau)", "Code postal (bureau)",
        "Pays/Région (bureau)", "Rue (domicile)", "Rue (domicile) 2", "Rue (domicile) 3", "Ville (domicile)",
        "Dép/Région (domicile)", "Code postal (domicile)", "Pays/Région (domicile)", "Rue (autre)", "Rue (autre) 2",
        "Rue (autre) 3", "Ville (autre)", "Dép/Région (autre)", "Code postal (autre)", "Pays/Région (autre)",
        "Téléphone de l'assistant(e)", "Télécopie (bureau)", "Téléphone (bureau)", "Téléphone 2 (bureau)", "Rappel",
        "Téléphone (voiture)", "Téléphone société", "Télécopie (domicile)", "Téléphone (domicile)",
        "Téléphone 2 (domicile)", "RNIS", "Tél. mobile", "Télécopie (autre)", "Téléphone (autre)",
        "Récepteur de radiomessagerie", "Téléphone principal", "Radiotéléphone", "Téléphone TDD/TTY", "Télex",
        "Compte", "Anniversaire de mariage ou fête", "Nom de l'assistant(e)", "Informations facturation",
        "Anniversaire", "B.P. professionnelle", "Catégories", "Enfants", "Serveur d'annuaire",
        "Adresse de messagerie", "Type de messagerie", "Nom complet de l'adresse de messagerie",
        "Adresse de messagerie 2", "Type de messagerie 2", "Nom complet de l'adresse de messagerie 2",
        "Adresse de messagerie 3", "Type de messagerie 3", "Nom complet de l'adresse de messagerie 3", "Sexe",
        "Code gouvernement", "Passe-temps", "Boîte postale du domicile", "Initiales", "Disponibilité Internet",
        "Mots clés", "Langue", "Emplacement", "Responsable", "Kilométrage", "Notes", "Bureau",
        "Numéro d'identification de l'organisation", "Autre boîte postale", "Priorité", "Privé", "Profession",
        "Recommandé par", "Critère de diffusion", "Conjoint(e)", "Utilisateur 1", "Utilisateur 2", "Utilisateur 3",
        "Utilisateur 4", "Page Web"]
assert len(o_fr) == 92
# The French columns in the order of the English ones (position i holds o_en[i]).
FR = dict(zip(o_en, range(92)))
def fr_row(values, defaults):
    row = [''] * 92
    for k, v in {**defaults, **values}.items():
        row[FR[k]] = v
    return row
fr_defaults = {"Anniversary": "0/0/00", "Birthday": "0/0/00", "Gender": "Non spécifié", "Priority": "Normale",
               "Private": "Faux", "Sensitivity": "Normal"}
fixture('outlook-fr', source='outlook', headers=o_fr, encoding='cp1252', json_encoding='Windows-1252',
        quote_all=True, rows=[
    fr_row({"Title": "Mme", "First Name": "Amélie", "Last Name": "Dupré", "Company": "Société Générale d'Études",
            "Department": "Achats", "Job Title": "Responsable des achats", "Business Street": "29, boulevard Haussmann",
            "Business Street 2": "Bâtiment C – 3e étage".replace('–', '-'), "Business City": "Paris",
            "Business State": "Île-de-France", "Business Postal Code": "75009", "Business Country/Region": "France",
            "Business Phone": "01 42 14 20 00", "Mobile Phone": "06 12 34 56 78",
            "Categories": "Salon 2026", "E-mail Address": "amelie.dupre@sge.example.fr", "E-mail Type": "SMTP",
            "E-mail Display Name": "Amélie Dupré (amelie.dupre@sge.example.fr)", "Initials": "A.D.",
            "Notes": "Intéressée par l'offre « Pro ». Rappeler en janvier."}, fr_defaults),
    fr_row({"Title": "M.", "First Name": "François", "Last Name": "Lœwy", "Suffix": "fils",
            "Company": "Boulangerie Lœwy & Fils", "Job Title": "Gérant", "Business Street": "3, place du Marché",
            "Business City": "Strasbourg", "Business Postal Code": "67000", "Business Country/Region": "France",
            "Business Phone": "03 88 12 34 56", "Business Phone 2": "03 88 12 34 57",
            "E-mail Address": "f.loewy@boulangerie-loewy.example.fr", "E-mail Type": "SMTP",
            "E-mail Display Name": "François Lœwy", "E-mail 2 Address": "francois.loewy@example.fr",
            "E-mail 2 Type": "SMTP", "E-mail 2 Display Name": "francois.loewy@example.fr",
            "Birthday": "12/05/1968"}, fr_defaults),
    fr_row({"First Name": "Inès", "Last Name": "Garçon", "Company": "Crèmerie Garçon",
            "E-mail Address": "ines.garcon.example.fr", "E-mail Type": "SMTP", "E-mail Display Name": "Inès Garçon"},
           fr_defaults),
], unmapped=["Type de messagerie", "Nom complet de l'adresse de messagerie", "Type de messagerie 2",
             "Nom complet de l'adresse de messagerie 2", "Type de messagerie 3",
             "Nom complet de l'adresse de messagerie 3"],
   rejected=[{"line": 4, "reason_contains": "email"}],
   leads=[
    {"civility": "mrs", "first_name": "Amélie", "last_name": "Dupré", "company": "Société Générale d'Études",
     "department": "Achats", "job_title": "Responsable des achats",
     "street": "29, boulevard Haussmann\nBâtiment C - 3e étage", "city": "Paris", "region": "Île-de-France",
     "postal_code": "75009", "country": "France", "phone": ["01 42 14 20 00"], "mobile": "06 12 34 56 78",
     "email": ["amelie.dupre@sge.example.fr"], "tags": ["Salon 2026"],
     "description": "Intéressée par l'offre « Pro ». Rappeler en janvier.", "extras_contains": ["Initiales: A.D."],
     "extras_excludes": ["Anniversaire", "Sexe", "Priorité", "Privé", "Critère de diffusion"]},
    {"civility": "mr", "first_name": "François", "last_name": "Lœwy fils", "company": "Boulangerie Lœwy & Fils",
     "job_title": "Gérant", "street": "3, place du Marché", "city": "Strasbourg", "postal_code": "67000",
     "country": "France", "phone": ["03 88 12 34 56", "03 88 12 34 57"],
     "email": ["f.loewy@boulangerie-loewy.example.fr", "francois.loewy@example.fr"],
     "extras_contains": ["Anniversaire: 12/05/1968"]},
   ])

o_de = ["Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Suffix", "Firma", "Abteilung", "Position",
        "Straße geschäftlich", "Straße geschäftlich 2", "Straße geschäftlich 3", "Ort geschäftlich",
        "Region geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich", "Straße privat",
        "Straße privat 2", "Straße privat 3", "Ort privat", "Bundesland/Kanton privat", "Postleitzahl privat",
        "Land/Region privat", "Weitere Straße", "Weitere Straße 2", "Weitere Straße 3", "Weiterer Ort",
        "Weiteres/r Bundesland/Kanton", "Weitere Postleitzahl", "Weiteres/e Land/Region", "Telefon Assistent",
        "Fax geschäftlich", "Telefon geschäftlich", "Telefon geschäftlich 2", "Rückmeldung", "Autotelefon",
        "Telefon Firma", "Fax privat", "Telefon (privat)", "Telefon (privat 2)", "ISDN", "Mobiltelefon",
        "Weiteres Fax", "Weiteres Telefon", "Pager", "Haupttelefon", "Mobiltelefon 2", "Telefon für Hörbehinderte",
        "Telex", "Abrechnungsinformation", "Assistent(in)", "Benutzer 1", "Benutzer 2", "Benutzer 3", "Benutzer 4",
        "Beruf", "Büro", "E-Mail-Adresse", "E-Mail-Typ", "E-Mail: Angezeigter Name", "E-Mail 2: Adresse",
        "E-Mail 2: Typ", "E-Mail 2: Angezeigter Name", "E-Mail 3: Adresse", "E-Mail 3: Typ",
        "E-Mail 3: Angezeigter Name", "Empfohlen von", "Geburtstag", "Geschlecht", "Hobby", "Initialen",
        "Internet Frei/Gebucht", "Jahrestag", "Kategorien", "Kinder", "Konto", "Name des/r Vorgesetzten", "Notizen",
        "Organisationsnr.", "Ort", "Partner/in", "Postfach geschäftlich", "Postfach privat", "Priorität", "Privat",
        "Reisekilometer", "Sozialversicherungsnr.", "Sprache", "Stichwörter", "Vertraulichkeit",
        "Verzeichnisserver", "Webseite", "Weiteres Postfach"]
de_defaults = {"Geburtstag": "0.0.00", "Jahrestag": "0.0.00", "Geschlecht": "Nicht angegeben", "Priorität": "Normal",
               "Privat": "Aus", "Vertraulichkeit": "Normal"}
DE = {h: h for h in o_de}
fixture('outlook-de', source='outlook', headers=o_de, encoding='cp1252', json_encoding='Windows-1252',
        quote_all=True, rows=[
    outlook_row(o_de, DE, {"Anrede": "Herr", "Vorname": "Jürgen", "Nachname": "Weiß", "Suffix": "Sen.",
                           "Firma": "Müller & Söhne GmbH", "Abteilung": "Einkauf", "Position": "Einkaufsleiter",
                           "Straße geschäftlich": "Hauptstraße 12", "Straße geschäftlich 2": "Hinterhaus, 2. OG",
                           "Ort geschäftlich": "Köln", "Region geschäftlich": "Nordrhein-Westfalen",
                           "Postleitzahl geschäftlich": "50667", "Land/Region geschäftlich": "Deutschland",
                           "Telefon geschäftlich": "+49 221 123456", "Mobiltelefon": "+49 171 2345678",
                           "E-Mail-Adresse": "j.weiss@mueller-soehne.example.de", "E-Mail-Typ": "SMTP",
                           "E-Mail: Angezeigter Name": "Jürgen Weiß (j.weiss@mueller-soehne.example.de)",
                           "Kategorien": "Messe 2026", "Ort": "Halle 4, Stand 12", "Notizen": "Möchte ein Angebot bis Ende Januar."},
                de_defaults),
    outlook_row(o_de, DE, {"Anrede": "Frau", "Vorname": "Änne",
                           "Nachname": "Großmann", "Firma": "Bäckerei Großmann KG", "Position": "Geschäftsführerin",
                           "Straße geschäftlich": "Marktplatz 3", "Ort geschäftlich": "München",
                           "Postleitzahl geschäftlich": "80331", "Land/Region geschäftlich": "Deutschland",
                           "Telefon geschäftlich": "089 1234567", "Telefon Firma": "089 1234560",
                           "E-Mail-Adresse": "aenne@baeckerei-grossmann.example.de", "E-Mail-Typ": "SMTP",
                           "E-Mail: Angezeigter Name": "Änne Großmann",
                           "Geburtstag": "24.12.1980"}, de_defaults),
    outlook_row(o_de, DE, {"Firma": "Zürcher Präzision AG", "Straße geschäftlich": "Bahnhofstrasse 1",
                           "Ort geschäftlich": "Zürich", "Postleitzahl geschäftlich": "8001",
                           "Land/Region geschäftlich": "Schweiz", "Telefon Firma": "+41 44 123 45 67",
                           "E-Mail-Adresse": "info@zuercher-praezision.example.ch", "E-Mail-Typ": "SMTP",
                           "E-Mail: Angezeigter Name": "info@zuercher-praezision.example.ch"}, de_defaults),
], unmapped=["E-Mail-Typ", "E-Mail: Angezeigter Name", "E-Mail 2: Typ", "E-Mail 2: Angezeigter Name",
             "E-Mail 3: Typ", "E-Mail 3: Angezeigter Name"],
   leads=[
    {"civility": "mr", "first_name": "Jürgen", "last_name": "Weiß Sen.", "company": "Müller & Söhne GmbH",
     "department": "Einkauf", "job_title": "Einkaufsleiter", "street": "Hauptstraße 12\nHinterhaus, 2. OG",
     "city": "Köln", "region": "Nordrhein-Westfalen", "postal_code": "50667", "country": "Germany",
     "phone": ["+49 221 123456"], "mobile": "+49 171 2345678", "email": ["j.weiss@mueller-soehne.example.de"],
     "tags": ["Messe 2026"], "description": "Möchte ein Angebot bis Ende Januar.",
     "extras_contains": ["Ort: Halle 4, Stand 12"],
     "extras_excludes": ["Geburtstag", "Jahrestag", "Geschlecht", "Priorität", "Vertraulichkeit"]},
    {"civility": "mrs", "first_name": "Änne", "last_name": "Großmann", "company": "Bäckerei Großmann KG",
     "job_title": "Geschäftsführerin", "street": "Marktplatz 3", "city": "München", "postal_code": "80331",
     "country": "Germany", "phone": ["089 1234567", "089 1234560"], "email": ["aenne@baeckerei-grossmann.example.de"],
     "extras_contains": ["Geburtstag: 24.12.1980"]},
    {"company": "Zürcher Präzision AG", "street": "Bahnhofstrasse 1", "city": "Zürich", "postal_code": "8001",
     "country": "Switzerland", "phone": ["+41 44 123 45 67"], "email": ["info@zuercher-praezision.example.ch"]},
   ])

# ---------------------------------------------------------------------------
# HubSpot contacts export (the view's properties): UTF-8 without BOM, every
# value quoted, dates "YYYY-MM-DD HH:MM", enumeration labels as values.
h_headers = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name", "Job Title",
             "Lifecycle Stage", "Lead Status", "Contact owner", "Create Date", "Industry", "Last Activity Date",
             "Marketing contact status", "Associated Company", "Primary Associated Company ID", "City",
             "Country/Region", "Original Source"]
fixture('hubspot', source='hubspot', headers=h_headers, newline='\n', quote_all=True, rows=[
    {"Record ID": "51234567801", "First Name": "Gaëlle", "Last Name": "Perrin", "Email": "g.perrin@fromagerie-perrin.example.fr",
     "Phone Number": "+33 4 50 11 22 33", "Company Name": "Fromagerie Perrin", "Job Title": "Acheteuse",
     "Lifecycle Stage": "Marketing Qualified Lead", "Lead Status": "In Progress", "Contact owner": "Inès Moreau",
     "Create Date": "2026-11-28 14:03", "Industry": "Food & Beverages", "Last Activity Date": "2026-11-30 09:12",
     "Marketing contact status": "Marketing contact", "Associated Company": "Fromagerie Perrin",
     "Primary Associated Company ID": "18811223344", "City": "Annecy", "Country/Region": "France",
     "Original Source": "Offline Sources"},
    {"Record ID": "51234567802", "First Name": "Sebastián", "Last Name": "Núñez", "Email": "snunez@example.com.ar",
     "Lifecycle Stage": "Lead", "Lead Status": "New", "Create Date": "2026-11-29 08:45",
     "Marketing contact status": "Non-marketing contact", "Original Source": "Organic Search"},
    {"Record ID": "51234567803", "First Name": "Priya", "Last Name": "Raman", "Email": "priya.raman@lumen-health.example.in",
     "Phone Number": "+91 80 4123 4567", "Company Name": "Lumen Health", "Job Title": "Head of Procurement",
     "Lifecycle Stage": "Sales Qualified Lead", "Lead Status": "Open Deal", "Contact owner": "Inès Moreau",
     "Create Date": "2026-10-02 16:30", "Industry": "Healthcare", "Associated Company": "Lumen Health",
     "Primary Associated Company ID": "18811223399", "City": "Bengaluru", "Country/Region": "India",
     "Original Source": "Referrals"},
    {"Record ID": "51234567804", "First Name": "Tom", "Last Name": "Becker", "Email": "tom.becker@",
     "Lead Status": "Unqualified", "Create Date": "2026-09-15 11:00"},
], unmapped=[], rejected=[{"line": 5, "reason_contains": "email"}], leads=[
    {"external_client_id": "51234567801", "first_name": "Gaëlle", "last_name": "Perrin",
     "email": ["g.perrin@fromagerie-perrin.example.fr"], "phone": ["+33 4 50 11 22 33"], "company": "Fromagerie Perrin",
     "job_title": "Acheteuse", "status": "Marketing qualification", "industry": "Food & Beverages", "city": "Annecy",
     "country": "France", "source": "Offline Sources",
     "extras_contains": ["Lifecycle Stage: Marketing Qualified Lead", "Create Date: 2026-11-28 14:03"]},
    {"external_client_id": "51234567802", "first_name": "Sebastián", "last_name": "Núñez",
     "email": ["snunez@example.com.ar"], "status": "To be processed", "source": "Organic Search",
     "extras_contains": ["Lifecycle Stage: Lead"]},
    {"external_client_id": "51234567803", "first_name": "Priya", "last_name": "Raman", "company": "Lumen Health",
     "job_title": "Head of Procurement", "status": "Sales qualification", "industry": "Healthcare",
     "country": "India", "source": "Referral", "extras_contains": ["Lifecycle Stage: Sales Qualified Lead"]},
   ])

# ---------------------------------------------------------------------------
# Salesforce Data Loader export of Lead: API names as headers, as the SOQL
# names them (Data Loader 61 and later; older versions wrote them in capitals,
# which the shape reads too), every field quoted, LF, ISO timestamps with Z.
s_headers = ["Id", "FirstName", "LastName", "Salutation", "Company", "Title", "Email", "Phone", "MobilePhone",
             "Street", "City", "State", "PostalCode", "Country", "LeadSource", "Status", "Industry", "Rating",
             "NumberOfEmployees", "OwnerId", "IsConverted", "CreatedDate"]
fixture('salesforce-dataloader', source='salesforce-dataloader', headers=s_headers, newline='\n', quote_all=True, rows=[
    {"Id": "00Q8d00000AbCdEEA1", "FirstName": "Siobhán", "LastName": "Ó Briain", "Salutation": "Ms.",
     "Company": "Gaelic Robotics Ltd", "Title": "VP Operations", "Email": "siobhan@gaelic-robotics.example.ie",
     "Phone": "+353 1 555 0101", "MobilePhone": "+353 87 555 0102", "Street": "Unit 4\nDocklands Innovation Park",
     "City": "Dublin", "PostalCode": "D01 K7W2", "Country": "Ireland", "LeadSource": "Web",
     "Status": "Working - Contacted", "Industry": "Manufacturing", "Rating": "Hot", "NumberOfEmployees": "120",
     "OwnerId": "0058d000004FgHiAAK", "IsConverted": "false", "CreatedDate": "2026-11-30T09:12:44.000Z"},
    {"Id": "00Q8d00000AbCdFEA1", "FirstName": "Mark", "LastName": "Okafor", "Salutation": "Mr.",
     "Company": "Sunrise Solar", "Title": "Founder", "Email": "mark@sunrise-solar.example.com", "Phone": "(512) 555-0188",
     "City": "Austin", "State": "TX", "Country": "USA", "LeadSource": "Trade Show", "Status": "Open - Not Contacted",
     "Industry": "Energy", "Rating": "Warm", "NumberOfEmployees": "8", "OwnerId": "0058d000004FgHiAAK",
     "IsConverted": "false", "CreatedDate": "2026-12-01T15:40:02.000Z"},
    {"Id": "00Q8d00000AbCdGEA1", "LastName": "Procurement Desk", "Company": "Kessler Bau AG",
     "Email": "einkauf@kessler-bau.example.de", "LeadSource": "Purchased List", "Status": "Closed - Not Converted",
     "Industry": "Construction", "Rating": "Cold", "OwnerId": "0058d000004FgHjAAK", "IsConverted": "false",
     "CreatedDate": "2026-08-19T07:05:00.000Z"},
], unmapped=[], leads=[
    {"external_client_id": "00Q8d00000AbCdEEA1", "civility": "ms", "first_name": "Siobhán", "last_name": "Ó Briain",
     "company": "Gaelic Robotics Ltd", "job_title": "VP Operations", "email": ["siobhan@gaelic-robotics.example.ie"],
     "phone": ["+353 1 555 0101"], "mobile": "+353 87 555 0102", "street": "Unit 4\nDocklands Innovation Park",
     "city": "Dublin", "postal_code": "D01 K7W2", "country": "Ireland", "source": "Website contact form",
     "status": "Marketing qualification", "industry": "Manufacturing", "company_size": "51-200",
     "extras_contains": ["Rating: Hot", "OwnerId: 0058d000004FgHiAAK", "CreatedDate: 2026-11-30T09:12:44.000Z"],
     "extras_excludes": ["IsConverted"]},
    {"external_client_id": "00Q8d00000AbCdFEA1", "civility": "mr", "first_name": "Mark", "last_name": "Okafor",
     "company": "Sunrise Solar", "job_title": "Founder", "city": "Austin", "region": "TX", "country": "United States",
     "source": "Trade show", "status": "To be processed", "industry": "Energy", "company_size": "1-10"},
    {"external_client_id": "00Q8d00000AbCdGEA1", "last_name": "Procurement Desk", "company": "Kessler Bau AG",
     "email": ["einkauf@kessler-bau.example.de"], "source": "Purchased List", "status": "Lost",
     "industry": "Construction"},
   ])

# ---------------------------------------------------------------------------
# Salesforce leads report, Export > Details Only > CSV (Salesforce Classic):
# every field quoted, LF, dates in the user's locale (en_US: M/D/YYYY), and a
# footer after a blank line naming the report, the copyright and who ran it.
r_headers = ["Lead Owner", "First Name", "Last Name", "Title", "Company / Account", "Email", "Phone", "Lead Source",
             "Lead Status", "Industry", "Rating", "Street", "City", "State/Province", "Zip/Postal Code", "Country",
             "Create Date"]
footer = ('\n"Leads - Expo 2026"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n'
          '"Confidential Information - Do Not Distribute"\n"Generated By:  Inès Moreau  12/2/2026 1:14 AM"\n'
          '"Quarry Demo Inc."\n')
fixture('salesforce-report', source='salesforce-report', headers=r_headers, newline='\n', quote_all=True, rows=[
    {"Lead Owner": "Inès Moreau", "First Name": "Chloé", "Last Name": "Bernard", "Title": "Office Manager",
     "Company / Account": "Atelier Bernard", "Email": "chloe@atelier-bernard.example.fr", "Phone": "+33 2 40 12 34 56",
     "Lead Source": "Partner Referral", "Lead Status": "Working - Contacted", "Industry": "Retail", "Rating": "Warm",
     "Street": "8 quai de la Fosse", "City": "Nantes", "Zip/Postal Code": "44000", "Country": "France",
     "Create Date": "11/27/2026"},
    {"Lead Owner": "Inès Moreau", "First Name": "Kenji", "Last Name": "Watanabe", "Title": "Plant Director",
     "Company / Account": "Watanabe Seiki", "Email": "k.watanabe@watanabe-seiki.example.jp", "Lead Source": "Web",
     "Lead Status": "Open - Not Contacted", "Industry": "Machinery", "Rating": "Hot", "City": "Osaka",
     "Country": "Japan", "Create Date": "12/1/2026"},
    {"Lead Owner": "Sam Carter", "Last Name": "Reception", "Company / Account": "Brightline Events",
     "Phone": "(312) 555-0150", "Lead Source": "Cold Call", "Lead Status": "Closed - Not Converted",
     "Industry": "Hospitality", "Street": "233 S Wacker Dr", "City": "Chicago", "State/Province": "IL",
     "Zip/Postal Code": "60606", "Country": "United States", "Create Date": "6/3/2026"},
], footer=footer, unmapped=[],
   note="The footer after the blank line (report name, copyright, confidentiality, generated by, organisation) is "
        "not data: read counts only the 3 leads above it.",
   leads=[
    {"first_name": "Chloé", "last_name": "Bernard", "job_title": "Office Manager", "company": "Atelier Bernard",
     "email": ["chloe@atelier-bernard.example.fr"], "source": "Partner", "status": "Marketing qualification",
     "industry": "Retail", "street": "8 quai de la Fosse", "city": "Nantes", "postal_code": "44000",
     "country": "France", "extras_contains": ["Rating: Warm", "Create Date: 11/27/2026"]},
    {"first_name": "Kenji", "last_name": "Watanabe", "company": "Watanabe Seiki", "source": "Website contact form",
     "status": "To be processed", "industry": "Machinery", "country": "Japan"},
    {"last_name": "Reception", "company": "Brightline Events", "phone": ["(312) 555-0150"], "source": "Cold call",
     "status": "Lost", "city": "Chicago", "region": "IL", "country": "United States"},
   ])

# ---------------------------------------------------------------------------
# LinkedIn Connections.csv: three lines of notes, then the header; UTF-8
# without BOM, LF, minimal quoting, dates "02 Dec 2026"; emails mostly empty.
preamble = ('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are '
            'missing. You will only see email addresses for connections who have allowed their connections to see '
            'or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. '
            'You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n')
l_headers = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
fixture('linkedin-connections', source='linkedin', headers=l_headers, file='Connections.csv', newline='\n',
        preamble=preamble, header_line=4, rows=[
    ["Étienne", "Gauthier", "https://www.linkedin.com/in/etienne-gauthier-4a1b2c3", "", "Ubisoft", "Producteur senior", "02 Dec 2026"],
    ["Małgorzata", "Kowalczyk", "https://www.linkedin.com/in/mkowalczyk", "m.kowalczyk@example.pl",
     "Nowak, Kowalczyk i Wspólnicy", "Partner", "15 Nov 2026"],
    ["Ahmed", "El-Sayed", "https://www.linkedin.com/in/ahmed-el-sayed", "", "Siemens Healthineers", "Sales Director, EMEA", "03 Mar 2025"],
], unmapped=[], leads=[
    {"first_name": "Étienne", "last_name": "Gauthier", "company": "Ubisoft", "job_title": "Producteur senior",
     "email": [], "extras_contains": ["URL: https://www.linkedin.com/in/etienne-gauthier-4a1b2c3",
                                      "Connected On: 02 Dec 2026"]},
    {"first_name": "Małgorzata", "last_name": "Kowalczyk", "company": "Nowak, Kowalczyk i Wspólnicy",
     "job_title": "Partner", "email": ["m.kowalczyk@example.pl"]},
    {"first_name": "Ahmed", "last_name": "El-Sayed", "company": "Siemens Healthineers",
     "job_title": "Sales Director, EMEA", "extras_contains": ["Connected On: 03 Mar 2025"]},
   ])

# ---------------------------------------------------------------------------
# Pipedrive people export: "Person - " headers, UTF-8, minimal quoting,
# several emails or phones of one kind joined by ", " in one cell.
p_headers = ["Person - ID", "Person - Name", "Person - Label", "Person - Organization", "Person - Email - Work",
             "Person - Email - Home", "Person - Email - Other", "Person - Phone - Work", "Person - Phone - Home",
             "Person - Phone - Mobile", "Person - Phone - Other", "Person - Owner", "Person - Person created",
             "Person - Update time", "Person - Visible to", "Person - First name", "Person - Last name",
             "Person - Job title", "Person - Open deals", "Person - Marketing status"]
fixture('pipedrive', source='pipedrive', headers=p_headers, newline='\n', rows=[
    {"Person - ID": "1043", "Person - Name": "Léa Fontaine", "Person - Label": "Hot lead",
     "Person - Organization": "Fontaine Architectes", "Person - Email - Work": "lea@fontaine-archi.example.fr",
     "Person - Email - Home": "lea.fontaine@example.fr", "Person - Phone - Work": "+33 5 56 12 34 56",
     "Person - Phone - Mobile": "+33 6 98 76 54 32", "Person - Owner": "Inès Moreau",
     "Person - Person created": "2026-11-18 10:22:31", "Person - Update time": "2026-11-30 17:01:05",
     "Person - Visible to": "Entire company", "Person - First name": "Léa", "Person - Last name": "Fontaine",
     "Person - Job title": "Architecte associée", "Person - Open deals": "1", "Person - Marketing status": "Subscribed"},
    {"Person - ID": "1044", "Person - Name": "Ravi Shankar", "Person - Label": "Warm lead",
     "Person - Organization": "Indigo Textiles", "Person - Email - Work": "ravi@indigo-textiles.example.in, sales@indigo-textiles.example.in",
     "Person - Phone - Work": "+91 22 2345 6789, +91 22 2345 6790", "Person - Owner": "Sam Carter",
     "Person - Person created": "2026-10-05 08:00:00", "Person - Update time": "2026-10-05 08:00:00",
     "Person - Visible to": "Entire company", "Person - First name": "Ravi", "Person - Last name": "Shankar",
     "Person - Open deals": "0", "Person - Marketing status": "No consent"},
    {"Person - ID": "1045", "Person - Name": "Hans Müller", "Person - Organization": "Alpen Logistik",
     "Person - Email - Work": "hans.mueller(at)alpen-logistik.example.at", "Person - Owner": "Sam Carter",
     "Person - Person created": "2026-09-01 12:00:00", "Person - Update time": "2026-09-01 12:00:00",
     "Person - Visible to": "Owner's visibility group", "Person - First name": "Hans", "Person - Last name": "Müller",
     "Person - Open deals": "0"},
], unmapped=["Person - Name", "Person - Visible to"], rejected=[{"line": 4, "reason_contains": "email"}], leads=[
    {"external_client_id": "1043", "first_name": "Léa", "last_name": "Fontaine", "company": "Fontaine Architectes",
     "email": ["lea@fontaine-archi.example.fr", "lea.fontaine@example.fr"], "phone": ["+33 5 56 12 34 56"],
     "mobile": "+33 6 98 76 54 32", "job_title": "Architecte associée", "tags": ["Hot lead"],
     "extras_contains": ["Person - Person created: 2026-11-18 10:22:31", "Person - Marketing status: Subscribed"]},
    {"external_client_id": "1044", "first_name": "Ravi", "last_name": "Shankar", "company": "Indigo Textiles",
     "email": ["ravi@indigo-textiles.example.in", "sales@indigo-textiles.example.in"],
     "phone": ["+91 22 2345 6789", "+91 22 2345 6790"], "tags": ["Warm lead"]},
   ])

# ---------------------------------------------------------------------------
# Zoho CRM leads export: every field quoted, UTF-8 without BOM, CRLF,
# record ids "zcrm_…", times "YYYY-MM-DD HH:MM:SS".
z_headers = ["Record Id", "Lead Owner", "Company", "First Name", "Last Name", "Title", "Email", "Phone", "Mobile",
             "Lead Source", "Lead Status", "Industry", "No. of Employees", "Annual Revenue", "Rating", "Street",
             "City", "State", "Zip Code", "Country", "Description", "Salutation", "Secondary Email", "Email Opt Out",
             "Created By", "Modified By", "Created Time", "Modified Time", "Last Activity Time", "Tag"]
fixture('zoho-crm', source='zoho', headers=z_headers, quote_all=True, rows=[
    {"Record Id": "zcrm_5725767000000419001", "Lead Owner": "Inès Moreau", "Company": "Tēnā Koe Tours",
     "First Name": "Aroha", "Last Name": "Ngāta", "Title": "Marketing Manager", "Email": "aroha@tenakoe-tours.example.nz",
     "Phone": "+64 9 555 0123", "Mobile": "+64 21 555 0456", "Lead Source": "Trade Show", "Lead Status": "Contacted",
     "Industry": "Service Provider", "No. of Employees": "35", "Annual Revenue": "2500000", "Rating": "Active",
     "Street": "12 Queen St", "City": "Auckland", "Zip Code": "1010", "Country": "New Zealand",
     "Description": "Met at the Expo 2026 booth.", "Salutation": "Ms.", "Secondary Email": "aroha.ngata@example.nz",
     "Email Opt Out": "false", "Created By": "Inès Moreau", "Modified By": "Inès Moreau",
     "Created Time": "2026-11-27 10:15:00", "Modified Time": "2026-11-30 16:42:10", "Last Activity Time": "2026-11-30 16:42:10",
     "Tag": "Expo 2026"},
    {"Record Id": "zcrm_5725767000000419002", "Lead Owner": "Sam Carter", "Company": "Kowloon Precision Ltd",
     "First Name": "Wing", "Last Name": "Chan", "Email": "wing.chan@kowloon-precision.example.hk",
     "Lead Source": "Employee Referral", "Lead Status": "Pre-Qualified", "Industry": "Large Enterprise",
     "No. of Employees": "1200", "City": "Hong Kong", "Email Opt Out": "true", "Created By": "Sam Carter",
     "Modified By": "Sam Carter", "Created Time": "2026-10-11 03:20:00", "Modified Time": "2026-10-11 03:20:00"},
    {"Record Id": "zcrm_5725767000000419003", "Lead Owner": "Sam Carter", "Company": "Junk Mail Inc", "Last Name": "Test",
     "Email": "test@junk-mail.example.com", "Lead Source": "Web Download", "Lead Status": "Junk Lead",
     "Email Opt Out": "false", "Created By": "Sam Carter", "Modified By": "Sam Carter",
     "Created Time": "2026-09-02 22:01:00", "Modified Time": "2026-09-02 22:01:00"},
], unmapped=[], leads=[
    {"external_client_id": "zcrm_5725767000000419001", "civility": "ms", "first_name": "Aroha", "last_name": "Ngāta",
     "company": "Tēnā Koe Tours", "job_title": "Marketing Manager",
     "email": ["aroha@tenakoe-tours.example.nz", "aroha.ngata@example.nz"], "phone": ["+64 9 555 0123"],
     "mobile": "+64 21 555 0456", "source": "Trade show", "status": "Marketing qualification",
     "industry": "Service Provider", "company_size": "11-50", "street": "12 Queen St", "city": "Auckland",
     "postal_code": "1010", "country": "New Zealand", "description": "Met at the Expo 2026 booth.",
     "do_not_email": False, "tags": ["Expo 2026"], "extras_contains": ["Annual Revenue: 2500000", "Rating: Active"]},
    {"external_client_id": "zcrm_5725767000000419002", "first_name": "Wing", "last_name": "Chan",
     "company": "Kowloon Precision Ltd", "source": "Referral", "status": "Sales qualification",
     "industry": "Large Enterprise", "company_size": "1001+", "do_not_email": True},
    {"external_client_id": "zcrm_5725767000000419003", "last_name": "Test", "company": "Junk Mail Inc",
     "source": "Website contact form", "status": "Lost"},
   ])

# ---------------------------------------------------------------------------
# Odoo CRM export (Pipeline list view, Action > Export, "I want to update
# data" unticked, CSV): every field quoted, UTF-8 without BOM, CRLF, labels.
od_headers = ["Opportunity", "Contact Name", "Company Name", "Email", "Phone", "Mobile", "Street", "Street2", "City",
              "Zip", "Country", "Salesperson", "Sales Team", "Stage", "Tags", "Source", "Medium", "Priority",
              "Created on"]
fixture('odoo', source='odoo', headers=od_headers, quote_all=True, rows=[
    {"Opportunity": "Rénovation showroom", "Contact Name": "Mathilde Lefèbvre", "Company Name": "Maison Lefèbvre",
     "Email": "mathilde@maison-lefebvre.example.be", "Phone": "+32 2 555 12 34", "Mobile": "+32 475 12 34 56",
     "Street": "Rue Neuve 45", "Street2": "Boîte 3", "City": "Bruxelles", "Zip": "1000", "Country": "Belgium",
     "Salesperson": "Inès Moreau", "Sales Team": "Europe", "Stage": "Qualified", "Tags": "Expo 2026,Showroom",
     "Source": "Trade Show", "Medium": "Email", "Priority": "High", "Created on": "2026-11-28 13:45:10"},
    {"Opportunity": "Étude réseau froid", "Contact Name": "Jonas Vermeulen", "Company Name": "Koelhuis Vermeulen",
     "Email": "jonas@koelhuis-vermeulen.example.nl", "City": "Rotterdam", "Country": "Netherlands",
     "Salesperson": "Sam Carter", "Sales Team": "Europe", "Stage": "New", "Source": "Newsletter", "Medium": "Email",
     "Priority": "Low", "Created on": "2026-12-01 08:10:00"},
    {"Opportunity": "Appel d'offres logistique", "Company Name": "Transports Dubreuil",
     "Email": "appels-offres@transports-dubreuil.example.fr", "Phone": "+33 2 41 55 66 77", "City": "Angers",
     "Country": "France", "Salesperson": "Inès Moreau", "Sales Team": "France", "Stage": "Proposition",
     "Priority": "Very High", "Created on": "2026-10-20 09:00:00"},
], unmapped=[], leads=[
    {"title": "Rénovation showroom", "first_name": "Mathilde", "last_name": "Lefèbvre", "company": "Maison Lefèbvre",
     "email": ["mathilde@maison-lefebvre.example.be"], "phone": ["+32 2 555 12 34"], "mobile": "+32 475 12 34 56",
     "street": "Rue Neuve 45\nBoîte 3", "city": "Bruxelles", "postal_code": "1000", "country": "Belgium",
     "status": "Sales qualification", "tags": ["Expo 2026", "Showroom"], "source": "Trade show",
     "extras_contains": ["Medium: Email", "Priority: High", "Created on: 2026-11-28 13:45:10"]},
    {"title": "Étude réseau froid", "first_name": "Jonas", "last_name": "Vermeulen", "company": "Koelhuis Vermeulen",
     "city": "Rotterdam", "country": "Netherlands", "status": "To be processed", "source": "Newsletter",
     "extras_excludes": ["Priority"]},
    {"title": "Appel d'offres logistique", "company": "Transports Dubreuil", "status": "Sales qualification",
     "city": "Angers", "country": "France", "extras_contains": ["Priority: Very High"]},
   ])

# ---------------------------------------------------------------------------
# EspoCRM leads export (Actions > Export > CSV, all fields): the field names
# as headers, every field quoted, UTF-8 without BOM, LF, UTC times.
e_headers = ["id", "name", "salutationName", "firstName", "lastName", "title", "status", "source", "industry",
             "website", "addressStreet", "addressCity", "addressState", "addressCountry", "addressPostalCode",
             "emailAddress", "phoneNumber", "description", "createdAt", "accountName", "assignedUserId",
             "assignedUserName"]
fixture('espocrm', source='espocrm', headers=e_headers, newline='\n', quote_all=True, rows=[
    {"id": "674a1f0c9b2e4d3a1", "name": "Søren Kierkegaard", "salutationName": "Mr.", "firstName": "Søren",
     "lastName": "Kierkegaard", "title": "Indkøbschef", "status": "In Process", "source": "Web Site",
     "industry": "Manufacturing", "website": "https://nordisk-staal.example.dk", "addressStreet": "Strandgade 27",
     "addressCity": "København", "addressCountry": "Denmark", "addressPostalCode": "1401",
     "emailAddress": "sk@nordisk-staal.example.dk", "phoneNumber": "+45 33 12 34 56",
     "description": "Asked for a quote after the webinar.", "createdAt": "2026-11-29 10:04:51",
     "accountName": "Nordisk Stål A/S", "assignedUserId": "66f0a1b2c3d4e5f60", "assignedUserName": "Inès Moreau"},
    {"id": "674a1f0c9b2e4d3a2", "name": "Carmen Ibáñez", "salutationName": "Ms.", "firstName": "Carmen",
     "lastName": "Ibáñez", "status": "New", "source": "Partner", "industry": "Healthcare",
     "addressCity": "Sevilla", "addressCountry": "Spain", "emailAddress": "carmen.ibanez@clinica-giralda.example.es",
     "createdAt": "2026-12-01 18:30:00", "accountName": "Clínica Giralda", "assignedUserId": "", "assignedUserName": ""},
    {"id": "674a1f0c9b2e4d3a3", "name": "", "status": "Dead", "source": "Cold Call", "accountName": "",
     "emailAddress": "", "phoneNumber": "", "createdAt": "2026-07-14 09:00:00"},
], unmapped=["name", "assignedUserId"], rejected=[{"line": 4, "reason_contains": "name"}], leads=[
    {"external_client_id": "674a1f0c9b2e4d3a1", "civility": "mr", "first_name": "Søren", "last_name": "Kierkegaard",
     "job_title": "Indkøbschef", "status": "Marketing qualification", "source": "Website contact form",
     "industry": "Manufacturing", "website": "https://nordisk-staal.example.dk", "street": "Strandgade 27",
     "city": "København", "country": "Denmark", "postal_code": "1401", "email": ["sk@nordisk-staal.example.dk"],
     "phone": ["+45 33 12 34 56"], "description": "Asked for a quote after the webinar.",
     "company": "Nordisk Stål A/S", "extras_contains": ["createdAt: 2026-11-29 10:04:51"]},
    {"external_client_id": "674a1f0c9b2e4d3a2", "civility": "ms", "first_name": "Carmen", "last_name": "Ibáñez",
     "status": "To be processed", "source": "Partner", "industry": "Healthcare", "city": "Sevilla",
     "country": "Spain", "company": "Clínica Giralda"},
   ])

# ---------------------------------------------------------------------------
# Files of no known shape: the encodings and framings the importer must read.
plain = ["Prénom", "Nom", "Société", "Fonction", "Email", "Téléphone", "Ville", "Code postal", "Pays", "Statut", "Source"]
plain_rows = [
    ["Amélie", "Dupré", "Société Générale d'Études", "Acheteuse", "amelie.dupre@sge.example.fr", "01 42 14 20 00",
     "Paris", "75009", "France", "Nouveau", "Salon"],
    ["Jürgen", "Weiß", "Müller & Söhne GmbH", "Einkaufsleiter", "j.weiss@mueller-soehne.example.de", "+49 221 123456",
     "Köln", "50667", "Allemagne", "En cours", "Site web"],
    ["", "", "Crèmerie Garçon", "", "contact@cremerie-garcon.example.fr", "", "Lyon", "69002", "France", "Perdu", ""],
]
plain_leads = [
    {"first_name": "Amélie", "last_name": "Dupré", "company": "Société Générale d'Études", "job_title": "Acheteuse",
     "email": ["amelie.dupre@sge.example.fr"], "phone": ["01 42 14 20 00"], "city": "Paris", "postal_code": "75009",
     "country": "France", "status": "To be processed", "source": "Trade show"},
    {"first_name": "Jürgen", "last_name": "Weiß", "company": "Müller & Söhne GmbH", "job_title": "Einkaufsleiter",
     "email": ["j.weiss@mueller-soehne.example.de"], "city": "Köln", "country": "Germany",
     "status": "Marketing qualification", "source": "Website contact form"},
    {"company": "Crèmerie Garçon", "email": ["contact@cremerie-garcon.example.fr"], "city": "Lyon", "status": "Lost"},
]
fixture('excel-unicode-text', source='', headers=plain, rows=plain_rows, leads=plain_leads, unmapped=[],
        file='input.txt', encoding='utf-16-le', json_encoding='UTF-16LE', bom=b'\xff\xfe', delimiter='\t')
fixture('utf16be-bom', source='', headers=plain, rows=plain_rows, leads=plain_leads, unmapped=[],
        encoding='utf-16-be', json_encoding='UTF-16BE', bom=b'\xfe\xff', delimiter=',')
fixture('utf16le-nobom', source='', headers=plain, rows=plain_rows, leads=plain_leads, unmapped=[],
        encoding='utf-16-le', json_encoding='UTF-16LE', delimiter=',')
fixture('excel-csv-1252', source='', headers=plain, rows=plain_rows, leads=plain_leads, unmapped=[],
        encoding='cp1252', json_encoding='Windows-1252', delimiter=';')
iso_rows = [
    ["Œuvre", "Cœur", "Bœuf & Cie", "Gérant", "oeuvre.coeur@boeuf-cie.example.fr", "04 78 12 34 56", "Lyon", "69001",
     "France", "Qualifié", "Salon"],
    ["Éloïse", "Bénard", "Tarifs 100 € HT", "Comptable", "eloise.benard@example.fr", "", "Nantes", "44000", "France",
     "Nouveau", "Parrainage"],
]
fixture('iso-8859-15', source='', headers=plain, rows=iso_rows, unmapped=[],
        encoding='iso8859_15', json_encoding='ISO-8859-15', delimiter=';',
        leads=[
    {"first_name": "Œuvre", "last_name": "Cœur", "company": "Bœuf & Cie", "job_title": "Gérant",
     "email": ["oeuvre.coeur@boeuf-cie.example.fr"], "city": "Lyon", "status": "Sales qualification",
     "source": "Trade show"},
    {"first_name": "Éloïse", "last_name": "Bénard", "company": "Tarifs 100 € HT", "job_title": "Comptable",
     "status": "To be processed", "source": "Referral"},
   ])
fixture('pipe-separated', source='', headers=plain, rows=plain_rows, leads=plain_leads, unmapped=[],
        delimiter='|', newline='\n')
