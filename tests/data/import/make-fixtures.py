# Writes the real-world shaped import fixtures of this folder byte for byte
# (byte order mark, CRLF, Windows-1252): python3 make-fixtures.py
import csv, io, os

os.chdir(os.path.dirname(os.path.abspath(__file__)))

def write(name, rows, encoding='utf-8', bom=False, delimiter=',', newline='\r\n', raw=None):
    if raw is None:
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
        for r in rows:
            w.writerow(r)
        raw = buf.getvalue()
    data = raw.encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    open(name, 'wb').write(data)

# 1. Outlook "Export to a file > Comma Separated Values": BOM, CRLF, every
# cell quoted as Outlook does, a multi-line note with quotes, accents.
outlook_header = ["Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",
    "Business Street","Business Street 2","Business City","Business State","Business Postal Code",
    "Business Country/Region","Home Street","Home City","Business Fax","Business Phone","Business Phone 2",
    "Home Phone","Mobile Phone","Categories","E-mail Address","E-mail Type","E-mail Display Name",
    "E-mail 2 Address","Notes","Web Page"]
outlook_rows = [
    ["Mrs.","Anne","","Dupont","","Société Générale","Achats","Responsable achats",
     "29 boulevard Haussmann","","Paris","Île-de-France","75009","France","","","","+33 1 42 14 20 00","","",
     "+33 6 12 34 56 78","","anne.dupont@example.fr","SMTP","Anne Dupont (anne.dupont@example.fr)","","Met at the fair",
     "www.societegenerale.example"],
    ["Mr.","Bob","J.","O'Neil","Jr.","Acme Corp","","Fleet manager","1 Infinite Loop","Suite 200","Cupertino","CA","95014",
     "United States","","","","(408) 555-0100","","","","","bob.oneil@acme.example","SMTP","Bob O'Neil",
     "bob@home.example",'Called twice.\r\nWants a "premium" quote.\r\nFollow up in May.',""],
    ["","Zoë","","Ærø","","","","","","","","","","Denmark","Strandvejen 5","København","","+45 12 34 56 78","","","",
     "","zoe@example.dk","SMTP","","","",""],
    ["Dr.","Jürgen","","Weiß","","Müller & Söhne GmbH","Einkauf","","Hauptstraße 12","","Köln","NRW","50667","Germany",
     "","","","0221 123456","","","","","j.weiss@mueller-soehne.example","SMTP","","","",""],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator='\r\n', quoting=csv.QUOTE_ALL)
w.writerow(outlook_header)
for r in outlook_rows:
    w.writerow(r)
write('outlook-export.csv', None, bom=True, raw=buf.getvalue())

# 2. A European spreadsheet saved as "CSV (separator: semicolon)" on Windows:
# Windows-1252 (é, œ, €, ’), CRLF, French headers, amounts with a comma.
eu_rows = [
    ["Civilité","Prénom","Nom","Société","Fonction","Courriel","Téléphone","Portable","Adresse","Code postal","Ville","Pays","Montant","Commentaire"],
    ["M.","François","Lefèvre","Cœur de Lion SARL","Gérant","f.lefevre@coeurdelion.example","01 23 45 67 89","06 11 22 33 44","12, rue de l’Œuvre","75004","Paris","FR","1 250,50 €","Très intéressé ; rappeler"],
    ["Mme","Hélène","Bérubé","Dubœuf & Fils","Directrice","helene@duboeuf.example","04 78 00 00 00","","3 quai Saint-Antoine","69002","Lyon","FR","99,00 €",""],
    ["","","Martin","","","martin@example.fr","+33 5 56 00 00 00","","","33000","Bordeaux","FR","","Pas de société"],
    ["","Élodie","","Brasserie Émile","","bad-email@","","","","","Lille","FR","",""],
]
write('european-semicolon-cp1252.csv', eu_rows, encoding='cp1252', delimiter=';')

# 3. Broken quotes and short rows: a stray quote, text after a closing quote,
# a short row, a row with an extra cell, an opening quote never closed.
write('broken-quotes-short-rows.csv', None, newline='\n', raw=(
    'Name,Email,Company,City\n'
    'Alice Martin,alice@example.com,Acme,Paris\n'
    'Bob "the hammer" Stone,bob@example.com,Stone Ltd,Lyon\n'
    'Carol White,carol@example.com,White & Co\n'
    '"Dan"ny Brown,dan@example.com,Brown Inc,Nice\n'
    'Eve Black,eve@example.com,Black SA,Lille,extra\n'
    'Frank\n'
    '"Gina Grey,gina@example.com,Grey AG,Metz\n'
    'Hugo Blue,hugo@example.com,Blue BV,Nantes\n'
    'Iris Green,iris@example.com,Green Oy,Brest\n'))

# 4. Duplicates inside the file and against the database.
write('duplicates.csv', [
    ["First Name","Last Name","Company","Email","Phone","Country","Tags"],
    ["Jean","Dupont","Acme SA","jean.dupont@acme.example","+33 1 23 45 67 89","FR","salon"],
    ["Marie","Curie","Radium SARL","marie@radium.example","01 40 00 00 01","FR","salon"],
    ["Jean","Dupont","Acme SA","JEAN.DUPONT@ACME.EXAMPLE ","","FR","vip"],
    ["Pierre","Durand","Durand SA","pierre@durand.example","01.23.45.67.89","FR",""],
    ["Paul","Existing","Known Ltd","known@known.example","","FR","web"],
    ["Sophie","Petit","","sophie@petit.example","+33 1 99 99 99 99","FR",""],
])

# 5. Google Contacts export (Google CSV).
write('google-contacts.csv', [
    ["Name","Given Name","Additional Name","Family Name","Name Prefix","Organization 1 - Name","Organization 1 - Title",
     "E-mail 1 - Type","E-mail 1 - Value","E-mail 2 - Type","E-mail 2 - Value","Phone 1 - Type","Phone 1 - Value",
     "Address 1 - City","Address 1 - Postal Code","Address 1 - Country","Group Membership"],
    ["Ana Lima","Ana","","Lima","","Lima Design","Designer","* Work","ana@lima.example","Home","ana.home@lima.example",
     "Work","+55 11 3333-4444","São Paulo","01000-000","Brazil","* myContacts"],
    ["Kenji Sato","Kenji","","Sato","","","","* Other","kenji@sato.example","","","Mobile","+81 3-1234-5678","Tokyo","",
     "Japan","* myContacts"],
], newline='\n')

# 6. A GeoNames dump (cities500.txt shape): tab-separated, 19 columns, no
# header, no quoting (a quote inside alternate names is plain text).
geo = [
    (2988507,"Paris","Paris","Lutece,Lutetia,Paname,Parigi,Parijs",48.85341,2.3488,"P","PPLC","FR","","11","75","751","75056",2138551,"",42,"Europe/Paris","2023-09-05"),
    (2996944,"Lyon","Lyon","Lio,Lion,Lugdunum,Lyons",45.74846,4.84671,"P","PPLA","FR","","84","69","691","69123",522969,"",173,"Europe/Paris","2023-09-05"),
    (2995469,"Marseille","Marseille","Marsiglia,Massalia,Marselha",43.29695,5.38107,"P","PPLA","FR","","93","13","131","13055",870731,"",28,"Europe/Paris","2023-09-05"),
    (2980291,"Saint-Étienne","Saint-Etienne","Sainte-Etienne,Sant-Etiève",45.43389,4.39,"P","PPLA2","FR","","84","42","421","42218",173089,"",525,"Europe/Paris","2023-09-05"),
    (3031582,"Bordeaux","Bordeaux","Burdeos,Bordèu,Burdigala",44.84044,-0.5805,"P","PPLA","FR","","75","33","332","33063",260958,"",15,"Europe/Paris","2023-09-05"),
    (2972315,"Toulouse","Toulouse","Tolosa,Tolòsa",43.60426,1.44367,"P","PPLA","FR","","76","31","313","31555",493465,"",150,"Europe/Paris","2023-09-05"),
    (2950159,"Berlin","Berlin","Berlim,Berlino,Berlín",52.52437,13.41053,"P","PPLC","DE","","16","00","11000","11000000",3426354,"",74,"Europe/Berlin","2023-09-05"),
    (2867714,"München","Munchen","Munich,Monaco di Baviera,Múnich",48.13743,11.57549,"P","PPLA","DE","","02","091","09162","09162000",1260391,"",524,"Europe/Berlin","2023-09-05"),
    (2886242,"Köln","Koln","Cologne,Colonia,Keulen",50.93333,6.95,"P","PPLA3","DE","","07","053","05315","05315000",963395,"",68,"Europe/Berlin","2023-09-05"),
    (2643743,"London","London","Londres,Londra,Londen",51.50853,-0.12574,"P","PPLC","GB","","ENG","GLA","","",8961989,"",25,"Europe/London","2023-09-05"),
    (2644210,"Liverpool","Liverpool","Lerpwl,Liverpul",53.41058,-2.97794,"P","PPLA2","GB","","ENG","H8","","",864122,"",0,"Europe/London","2023-09-05"),
    (5128581,"New York City","New York City","Big Apple,NYC,Nueva York,Nova Iorque",40.71427,-74.00597,"P","PPL","US","","NY","","","",8804190,10,57,"America/New_York","2023-09-05"),
    (5391959,"San Francisco","San Francisco","Frisco,SF,San Francisko",37.77493,-122.41942,"P","PPLA2","US","","CA","075","","",864816,16,28,"America/Los_Angeles","2023-09-05"),
    (2618425,"Copenhagen","Copenhagen","København,Kopenhagen,Copenhague",55.67594,12.56553,"P","PPLC","DK","","17","101","","",1153615,"",14,"Europe/Copenhagen","2023-09-05"),
    (2624652,"Århus","Arhus","Aarhus,Arhusium",56.15674,10.21076,"P","PPLA","DK","","18","751","","",285273,"",51,"Europe/Copenhagen","2023-09-05"),
    (3169070,"Roma","Roma","Rome,Rom,Rzym",41.89193,12.51133,"P","PPLC","IT","","07","RM","058091","",2318895,"",20,"Europe/Rome","2023-09-05"),
    (3117735,"Madrid","Madrid","Madri,Madryt,Madrit",40.4165,-3.70256,"P","PPLC","ES","","29","M","28079","",3255944,"",665,"Europe/Madrid","2023-09-05"),
    (3093133,"Łódź","Lodz","Lodsch,Lodz",51.75,19.46667,"P","PPLA","PL","","74","1061","106101","",768755,"",221,"Europe/Warsaw","2023-09-05"),
    (2759794,"Amsterdam","Amsterdam","\"Mokum\",Amsterdão,Amsterdam",52.37403,4.88969,"P","PPLC","NL","","07","0363","","",741636,"",13,"Europe/Amsterdam","2023-09-05"),
    (1234567,"Nowhere","Nowhere","",0.5,0.5,"P","PPL","XX","","00","","","",600,"",1,"Etc/UTC","2023-09-05"),
    (2988507,"Paris","Paris","Lutece,Lutetia,Paname,Parigi,Parijs",48.85341,2.3488,"P","PPLC","FR","","11","75","751","75056",2138551,"",42,"Europe/Paris","2023-09-05"),
]
lines = []
for g in geo:
    assert len(g) == 19, g
    lines.append('\t'.join(str(v) for v in g))
open('cities500-sample.txt', 'wb').write(('\n'.join(lines) + '\n').encode('utf-8'))

# 7. Cities from a spreadsheet: name, postal code, region, country (code or name).
write('cities.csv', [
    ["City","Postal code","Region","Country"],
    ["Lyon","69001","Auvergne-Rhône-Alpes","FR"],
    ["Bordeaux","33000","Nouvelle-Aquitaine","France"],
    ["Genève","1201","Genève","Switzerland"],
    ["","75001","Île-de-France","FR"],
    ["Atlantis","00000","","Atlantis"],
    ["lyon","69001","Auvergne-Rhône-Alpes","fr"],
])

# 8. Industries: one column, with and without a header.
write('industries.csv', [["Industry"],["Manufacturing"],["Services"],["Public sector"],["Food, beverages"],[""],["services"],["Énergie"]])
open('industries-noheader.csv','wb').write('Agriculture\r\nConstruction\r\nRetail\r\n'.encode('utf-8'))

# 9. A saved mapping for the European file.
open('european-mapping.json','w').write('''{
    "quarry_import_mapping": 1,
    "columns": [
        {"header": "Civilité", "field": "civility"},
        {"header": "Courriel", "field": "email"},
        {"header": "Téléphone", "field": "phone"},
        {"header": "Montant", "field": null},
        {"header": "Commentaire", "field": "requirements"}
    ]
}
''')
