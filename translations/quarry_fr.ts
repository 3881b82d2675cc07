<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityTab</name>
    <message>
        <source>(no details)</source>
        <translation>(sans détail)</translation>
    </message>
    <message>
        <source>Quarry</source>
        <translation>Quarry</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter to add)</source>
        <translation>Écrire un commentaire… (Ctrl+Entrée pour l’ajouter)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <source>Save the lead to comment on it.</source>
        <translation>Enregistrez la piste pour la commenter.</translation>
    </message>
    <message>
        <source>The timeline starts when the lead is saved.</source>
        <translation>L’historique commence à l’enregistrement de la piste.</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; attachments are limited to %3 (CRM options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the attachment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkLeadWriter</name>
    <message>
        <source>A bulk load is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not prepare its statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bulk load is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 could not be stored (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeStatusCommand</name>
    <message numerus="yes">
        <source>Move %n lead(s) to %1</source>
        <translation>
            <numerusform>Passer %n piste à %1</numerusform>
            <numerusform>Passer %n pistes à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads were not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo of &quot;%1&quot; failed</source>
        <translation>Échec du rétablissement de « %1 »</translation>
    </message>
    <message>
        <source>Undo of &quot;%1&quot; failed</source>
        <translation>Échec de l’annulation de « %1 »</translation>
    </message>
</context>
<context>
    <name>CheckListEditor</name>
    <message>
        <source>New list…</source>
        <translation>Nouvelle liste…</translation>
    </message>
    <message>
        <source>New marketing list</source>
        <translation>Nouvelle liste marketing</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Nom de la liste :</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CitiesPage</name>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cities repository a lead&apos;s address picks from. Type the beginning of a name to find a city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a city by the beginning of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cities from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Add a city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Reset columns</source>
        <translation>Rétablir les colonnes</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing and sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversionService</name>
    <message>
        <source>Lead #%1 is already converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 is lost: reopen it before converting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status is marked as the converted status in the CRM options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect statuses are off: turn on &quot;Manage statuses on prospect partner&quot; in the CRM options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prospect status #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner #%1 (%2) already has the TIN %3: convert into that partner instead of creating a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one existing contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact #%1 (%2) belongs to another partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead names no person (first or last name) to create a contact from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new partner #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion could not be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO 3166 two-letter code, e.g. FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of %1, used by imports, phone numbers and the CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a country to change its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of %1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV input is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CSV input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unterminated quoted field (field %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of field %2 (on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: stray quote in unquoted field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: record runs past %2; a closing quote is probably missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: line longer than %2, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the CSV output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Quarry (schema %2; this version knows up to %3). It was not changed: open it with a newer Quarry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the upgrade of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the upgrade to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>DecimalEditor</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1 : « %2 » n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>DefaultData</name>
    <message>
        <source>To be processed</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Marketing qualification</source>
        <translation>Qualification marketing</translation>
    </message>
    <message>
        <source>Sales qualification</source>
        <translation>Qualification commerciale</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Maturation</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertie</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>Trop cher</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>A choisi un concurrent</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Pas de budget</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Not a fit for our offer</source>
        <translation>Ne correspond pas à notre offre</translation>
    </message>
    <message>
        <source>Project cancelled or postponed</source>
        <translation>Projet annulé ou reporté</translation>
    </message>
    <message>
        <source>Duplicate or invalid contact</source>
        <translation>Contact en double ou invalide</translation>
    </message>
    <message>
        <source>Website contact form</source>
        <translation>Formulaire de contact du site</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Salon professionnel</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Prospection téléphonique</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>%1 vans for the spring fleet</source>
        <translation>%1 utilitaires pour la flotte de printemps</translation>
    </message>
    <message>
        <source>CRM rollout for %1 sales reps</source>
        <translation>Déploiement CRM pour %1 commerciaux</translation>
    </message>
    <message>
        <source>Office Wi-Fi upgrade (%1 access points)</source>
        <translation>Mise à niveau Wi-Fi des bureaux (%1 bornes)</translation>
    </message>
    <message>
        <source>Maintenance contract for %1 vehicles</source>
        <translation>Contrat d’entretien pour %1 véhicules</translation>
    </message>
    <message>
        <source>Fleet telematics pilot on %1 trucks</source>
        <translation>Pilote de télématique sur %1 camions</translation>
    </message>
    <message>
        <source>%1 laptops for the new office</source>
        <translation>%1 ordinateurs portables pour le nouveau bureau</translation>
    </message>
    <message>
        <source>Renewal of %1 leases</source>
        <translation>Renouvellement de %1 contrats de location</translation>
    </message>
    <message>
        <source>Training for %1 drivers</source>
        <translation>Formation de %1 conducteurs</translation>
    </message>
    <message>
        <source>Electric charging points (%1 bays)</source>
        <translation>Bornes de recharge électrique (%1 places)</translation>
    </message>
    <message>
        <source>Quote request: %1 light trucks</source>
        <translation>Demande de devis : %1 camions légers</translation>
    </message>
    <message>
        <source>Demo data holds from 0 to 100,000 leads.</source>
        <translation>Les données de démonstration comptent de 0 à 100 000 pistes.</translation>
    </message>
    <message>
        <source>The database already has leads: demo data is only added to an empty database.</source>
        <translation>La base contient déjà des pistes : les données de démonstration ne s’ajoutent qu’à une base vide.</translation>
    </message>
    <message>
        <source>Delivery before the end of the quarter; on-site training for the team.</source>
        <translation>Livraison avant la fin du trimestre ; formation sur site pour l’équipe.</translation>
    </message>
    <message>
        <source>Cut running costs by 15% within two years</source>
        <translation>Réduire les coûts d’exploitation de 15 % en deux ans</translation>
    </message>
    <message>
        <source>The demo data could not be saved.</source>
        <translation>Les données de démonstration n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Discovery call</source>
        <translation>Appel de découverte</translation>
    </message>
    <message>
        <source>Product demo</source>
        <translation>Démonstration du produit</translation>
    </message>
    <message>
        <source>Follow-up on the quote</source>
        <translation>Relance du devis</translation>
    </message>
    <message>
        <source>Send the brochure</source>
        <translation>Envoyer la brochure</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>Visite sur site</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation>N° d’identification fiscale</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field duplicates are checked on; choose among %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one field to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least two leads that are not duplicates of each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marks could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marks could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailService</name>
    <message>
        <source>%1 (lead #%2) is marked &quot;Do not email&quot;: no email can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no email template #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sent to %1: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a subject or a body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message>
        <source>An event needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a valid start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event lasts at most 31 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead #%2) is marked &quot;Do not call&quot;: no call can be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled: &quot;%2&quot; on %3 (%4 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: &quot;%2&quot; on %3 (%4 min), %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 planned again: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed: &quot;%2&quot; on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) as the view shows them (its filters and sort).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected lead(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All lead fields (a file Quarry can import back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;visible columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for Excel and other spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets in most of Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file of contacts: an Outlook or Google Contacts export, another CRM&apos;s leads, a spreadsheet saved as CSV. Quarry detects how it is written; change it below if the rows look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European, Excel on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Detected: %1-separated, %2%3, %n column(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> with byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not a lead field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2 is set by Quarry and cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; both fill %3; a field other than a list takes one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the field must be a field name or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the mapping needs a &quot;header&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mapping file (a JSON object): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (first and last name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead field each column fills. Columns left on &quot;(ignore)&quot; are not imported; several columns may fill the emails, phones and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lead field for at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values given to every imported lead, and what to do with duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Trade fair 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every imported lead; missing tags are created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row with the email or phone of an existing lead, or of an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip it: leave the existing lead as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the existing lead: fill its blanks, add emails, phones and tags (nothing is overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new lead anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the file (else &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What the import will do with the first %n row(s). Nothing is written yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <source>Updates lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the first %1 rows: %2 new, %3 updated, %4 skipped, %5 rejected. Rejected rows are listed in a report after the import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the rejected rows report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Rows read&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;New leads&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Leads updated&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Duplicates skipped&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rows rejected&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of the rejected rows could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rejected row is in %1 with its line, its cells and the reason; fix the rows and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRowBuilder</name>
    <message>
        <source>There is no status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead cannot start as &quot;%1&quot;: convert or lose it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a tag is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; will be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole import is one transaction: cancelling it, or any failure, leaves the leads as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: undoing what was imported…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file is matched to a lead field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n cell(s) where the header has %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the blanks of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update lead #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KanbanCardDelegate</name>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KanbanCardView</name>
    <message>
        <source>No leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KanbanColumn</name>
    <message>
        <source>No leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KanbanPage</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag cards between columns to change their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>Lead #%1</source>
        <translation>Piste n° %1</translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message>
        <source>%1 is not available in this version of Quarry yet.</source>
        <translation>%1 n’est pas encore disponible dans cette version de Quarry.</translation>
    </message>
    <message>
        <source>Converting a lead</source>
        <translation>La conversion d’une piste</translation>
    </message>
    <message>
        <source>Losing a lead</source>
        <translation>La perte d’une piste</translation>
    </message>
    <message>
        <source>Reopening a lead</source>
        <translation>La réouverture d’une piste</translation>
    </message>
    <message>
        <source>Scheduling an event</source>
        <translation>La planification d’un événement</translation>
    </message>
    <message>
        <source>Sending an email</source>
        <translation>L’envoi d’un e-mail</translation>
    </message>
    <message>
        <source>Checking duplicates</source>
        <translation>La recherche de doublons</translation>
    </message>
</context>
<context>
    <name>LeadCodec</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1 : « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no user &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no status &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no %2 &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by Quarry and cannot be typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCommands</name>
    <message numerus="yes">
        <source>Take %n lead(s) in charge</source>
        <translation>
            <numerusform>Prendre en charge %n piste</numerusform>
            <numerusform>Prendre en charge %n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s) to %1</source>
        <translation>
            <numerusform>Attribuer %n piste à %1</numerusform>
            <numerusform>Attribuer %n pistes à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to %1</source>
        <translation>
            <numerusform>Passer %n piste à %1</numerusform>
            <numerusform>Passer %n pistes à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>&quot;%1&quot; is not a lead field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Mr.</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>Mrs.</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>Mlle</translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation>Dr</translation>
    </message>
    <message>
        <source>Prof.</source>
        <translation>Pr</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Industry sector</source>
        <translation>Secteur d’activité</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Billing emails</source>
        <translation>E-mails de facturation</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation>N° d’identification fiscale</translation>
    </message>
    <message>
        <source>External client ID</source>
        <translation>ID client externe</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <source>Do not email</source>
        <translation>Ne pas envoyer d’e-mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Customer requirements</source>
        <translation>Besoins du client</translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation>Société existante</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Contact existant</translation>
    </message>
    <message>
        <source>Partner company</source>
        <translation>Société partenaire</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Contact partenaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Company (ours)</source>
        <translation>Société (la nôtre)</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Next scheduled event</source>
        <translation>Prochain événement prévu</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>Notation de la piste</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <source>1–10 employees</source>
        <translation>1 à 10 salariés</translation>
    </message>
    <message>
        <source>11–50 employees</source>
        <translation>11 à 50 salariés</translation>
    </message>
    <message>
        <source>51–200 employees</source>
        <translation>51 à 200 salariés</translation>
    </message>
    <message>
        <source>201–500 employees</source>
        <translation>201 à 500 salariés</translation>
    </message>
    <message>
        <source>501–1,000 employees</source>
        <translation>501 à 1 000 salariés</translation>
    </message>
    <message>
        <source>More than 1,000 employees</source>
        <translation>Plus de 1 000 salariés</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Grand compte</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Maturation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Marketing campaign</source>
        <translation>Campagne marketing</translation>
    </message>
    <message>
        <source>Content distribution channel</source>
        <translation>Canal de diffusion du contenu</translation>
    </message>
    <message>
        <source>Marketing lists</source>
        <translation>Listes marketing</translation>
    </message>
    <message>
        <source>Sales direction</source>
        <translation>Direction commerciale</translation>
    </message>
    <message>
        <source>Product/service</source>
        <translation>Produit/service</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Implementation options</source>
        <translation>Options de mise en œuvre</translation>
    </message>
    <message>
        <source>Budget is set</source>
        <translation>Budget défini</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>Montant estimé</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Procurement procedure</source>
        <translation>Procédure d’achat</translation>
    </message>
    <message>
        <source>Direct purchase</source>
        <translation>Achat direct</translation>
    </message>
    <message>
        <source>Request for quotation</source>
        <translation>Demande de devis</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Appel d’offres</translation>
    </message>
    <message>
        <source>Framework agreement</source>
        <translation>Accord-cadre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation>Niveau de décision</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Chef de service</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Board / owners</source>
        <translation>Conseil / propriétaires</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Less than a month</source>
        <translation>Moins d’un mois</translation>
    </message>
    <message>
        <source>1 to 3 months</source>
        <translation>1 à 3 mois</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3 à 6 mois</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6 à 12 mois</translation>
    </message>
    <message>
        <source>More than a year</source>
        <translation>Plus d’un an</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>Date de conclusion estimée</translation>
    </message>
    <message>
        <source>Terms (comments)</source>
        <translation>Échéance (commentaires)</translation>
    </message>
    <message>
        <source>Contact person level</source>
        <translation>Niveau de l’interlocuteur</translation>
    </message>
    <message>
        <source>Decides single-handedly</source>
        <translation>Décide seul</translation>
    </message>
    <message>
        <source>Decides with others</source>
        <translation>Décide avec d’autres</translation>
    </message>
    <message>
        <source>Influences the decision</source>
        <translation>Influence la décision</translation>
    </message>
    <message>
        <source>Prepares the decision</source>
        <translation>Prépare la décision</translation>
    </message>
    <message>
        <source>No influence</source>
        <translation>Aucune influence</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Influence on decision making</source>
        <translation>Influence sur la décision</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>Selection criteria</source>
        <translation>Critères de sélection</translation>
    </message>
    <message>
        <source>Compliance with criteria</source>
        <translation>Conformité aux critères</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Valeur de l’affaire</translation>
    </message>
    <message>
        <source>Deal comment</source>
        <translation>Commentaire sur l’affaire</translation>
    </message>
    <message>
        <source>Type of billing</source>
        <translation>Type de facturation</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Récurrente</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prépayée</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Motif de perte</translation>
    </message>
    <message>
        <source>Loss comment</source>
        <translation>Commentaire de perte</translation>
    </message>
    <message>
        <source>Converted to partner</source>
        <translation>Convertie en partenaire</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>Convertie le</translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Retirer tous les filtres</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Aucun filtre enregistré</translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation>Enregistrer le filtre actuel…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Nom du filtre :</translation>
    </message>
    <message>
        <source>Delete a saved filter</source>
        <translation>Supprimer un filtre enregistré</translation>
    </message>
    <message>
        <source>Created: %1 – %2</source>
        <translation>Créée : %1 – %2</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Marketing lists</source>
        <translation>Listes marketing</translation>
    </message>
    <message>
        <source>Search the company on the web</source>
        <translation>Rechercher la société sur le web</translation>
    </message>
    <message>
        <source>Find the person on LinkedIn</source>
        <translation>Trouver la personne sur LinkedIn</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Calls, meetings and tasks scheduled on this lead will be listed here.</source>
        <translation>Les appels, rendez-vous et tâches planifiés sur cette piste apparaîtront ici.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Emails sent from this lead will be kept here.</source>
        <translation>Les e-mails envoyés depuis cette piste seront conservés ici.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Files attached to this lead will be listed here.</source>
        <translation>Les fichiers joints à cette piste apparaîtront ici.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Open and closed tickets of this lead will be listed here.</source>
        <translation>Les tickets ouverts et fermés de cette piste apparaîtront ici.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Ouvrir la piste</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Piste n° %1</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>créée le %1 par %2</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribuée à %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>Converted on %1: the lead is kept as it was and can no longer be changed.</source>
        <translation>Convertie le %1 : la piste est conservée telle quelle et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>This lead is lost.</source>
        <translation>Cette piste est perdue.</translation>
    </message>
    <message>
        <source>This lead is lost: %1.</source>
        <translation>Cette piste est perdue : %1.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>The lead was not saved:</source>
        <translation>La piste n’a pas été enregistrée :</translation>
    </message>
    <message>
        <source>Lead #%1 created</source>
        <translation>Piste n° %1 créée</translation>
    </message>
    <message>
        <source>Lead saved</source>
        <translation>Piste enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>Saved. This lead looks like %n other lead(s): same last name and at least two of first name, email, phone, company.</source>
        <translation>
            <numerusform>Enregistrée. Cette piste ressemble à %n autre piste : même nom et au moins deux éléments parmi prénom, e-mail, téléphone, société.</numerusform>
            <numerusform>Enregistrée. Cette piste ressemble à %n autres pistes : même nom et au moins deux éléments parmi prénom, e-mail, téléphone, société.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check duplicates…</source>
        <translation>Rechercher les doublons…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>If you do not save, your changes are lost.</source>
        <translation>Sans enregistrement, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>The status was not changed:</source>
        <translation>Le statut n’a pas été modifié :</translation>
    </message>
    <message>
        <source>The lead was not taken in charge:</source>
        <translation>La piste n’a pas été prise en charge :</translation>
    </message>
    <message>
        <source>You have taken the lead in charge</source>
        <translation>Vous avez pris la piste en charge</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
</context>
<context>
    <name>LeadFormHeader</name>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Take in charge</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>Lose</source>
        <translation>Perdre</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Search the web for the company or the person</source>
        <translation>Rechercher la société ou la personne sur le web</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Forget the changes</source>
        <translation>Oublier les modifications</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the lead (Ctrl+S)</source>
        <translation>Enregistrer la piste (Ctrl+S)</translation>
    </message>
    <message>
        <source>What is this lead about? (e.g. 40 vans for the spring fleet)</source>
        <translation>De quoi s’agit-il ? (p. ex. 40 utilitaires pour la flotte de printemps)</translation>
    </message>
</context>
<context>
    <name>LeadGrid</name>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>No leads here yet.</source>
        <translation>Aucune piste pour l’instant.</translation>
    </message>
    <message>
        <source>No lead matches the search and filters.</source>
        <translation>Aucune piste ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>LeadPrinter</name>
    <message>
        <source>Print lead report</source>
        <translation>Imprimer le rapport de la piste</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n’a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>The PDF could not be moved to %1.</source>
        <translation>Le PDF n’a pas pu être déplacé vers %1.</translation>
    </message>
    <message>
        <source>Save lead report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LeadReport</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>Lead #%1, printed on %2 by %3</source>
        <translation>Piste n° %1, imprimée le %2 par %3</translation>
    </message>
</context>
<context>
    <name>LeadSections</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>A lead needs at least a last name or a company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company TIN must have 9, 10 or 12 digits; &quot;%1&quot; does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a website address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead scoring is from 0 to 5 stars; %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude must be between -90 and 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude must be between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic coordinates need both a latitude and a longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact budget is given only when &quot;Budget is set&quot; is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the record #%2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sales direction before a product or service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product of the chosen sales direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the decision maker: the contact person does not decide alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies management is off in the CRM options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing contact does not belong to the existing company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner contact does not belong to the partner company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the lead&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead needs an existing status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead cannot start as &quot;%1&quot;: convert or lose it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead starts on an open status; &quot;%1&quot; is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 was merged into lead #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached only through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>Lose</source>
        <translation>Perdre</translation>
    </message>
    <message>
        <source>Lead #%1 is lost: reopen it to change its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a closed status; a lead moves only to an open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the team of lead #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no status #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached only by converting the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached only by losing the lead (with a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LeadTools</name>
    <message>
        <source>&amp;Take in charge</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <source>Assign the selected leads to me (Ctrl+T)</source>
        <translation>M’attribuer les pistes sélectionnées (Ctrl+T)</translation>
    </message>
    <message>
        <source>Schedule an &amp;event…</source>
        <translation>Planifier un &amp;événement…</translation>
    </message>
    <message>
        <source>Send an e&amp;mail…</source>
        <translation>Envoyer un e-&amp;mail…</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>M’&amp;attribuer</translation>
    </message>
    <message>
        <source>Check &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>Attri&amp;buer à</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Changer le s&amp;tatut</translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation>Supprimer des pistes</translation>
    </message>
    <message>
        <source>Check &amp;duplicates in the selection…</source>
        <translation>Rechercher les &amp;doublons dans la sélection…</translation>
    </message>
    <message>
        <source>Check &amp;duplicates in all leads…</source>
        <translation>Rechercher les &amp;doublons dans toutes les pistes…</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>The leads could not be taken in charge</source>
        <translation>Les pistes n’ont pas pu être prises en charge</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) taken in charge</source>
        <translation>
            <numerusform>%n piste prise en charge</numerusform>
            <numerusform>%n pistes prises en charge</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be assigned</source>
        <translation>Les pistes n’ont pas pu être attribuées</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned</source>
        <translation>
            <numerusform>%n piste attribuée</numerusform>
            <numerusform>%n pistes attribuées</numerusform>
        </translation>
    </message>
    <message>
        <source>The status could not be changed</source>
        <translation>Le statut n’a pas pu être modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) moved</source>
        <translation>
            <numerusform>%n piste déplacée</numerusform>
            <numerusform>%n pistes déplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete lead #%1 and everything on it (events, emails, attachments, history)?
This cannot be undone.</source>
        <translation>Supprimer la piste n° %1 et tout ce qu’elle contient (événements, e-mails, pièces jointes, historique) ?
Cette action est définitive.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n leads and everything on them (events, emails, attachments, history)?
This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer cette piste et tout ce qu’elle contient (événements, e-mails, pièces jointes, historique) ?
Cette action est définitive.</numerusform>
            <numerusform>Supprimer ces %n pistes et tout ce qu’elles contiennent (événements, e-mails, pièces jointes, historique) ?
Cette action est définitive.</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be deleted</source>
        <translation>Les pistes n’ont pas pu être supprimées</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) deleted</source>
        <translation>
            <numerusform>%n piste supprimée</numerusform>
            <numerusform>%n pistes supprimées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossService</name>
    <message>
        <source>Lead #%1 is converted and can no longer be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 is already lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the leads to lose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a loss reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no loss reason #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status is marked as the lost status in the CRM options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads could not be marked as lost; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 is not lost: only a lost lead is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no status #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an open status: a lead is reopened on an open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened on &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be reopened; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>One column per status with counts; drag a card to another column to move the lead.</source>
        <translation>Une colonne par statut avec son total ; faites glisser une carte vers une autre colonne pour déplacer la piste.</translation>
    </message>
    <message>
        <source>The companies that converted leads produced, with their type and prospect status.</source>
        <translation>Les sociétés issues des pistes converties, avec leur type et leur statut de prospect.</translation>
    </message>
    <message>
        <source>The people of those companies.</source>
        <translation>Les personnes de ces sociétés.</translation>
    </message>
    <message>
        <source>The opportunities generated when leads are converted.</source>
        <translation>Les opportunités créées à la conversion des pistes.</translation>
    </message>
    <message>
        <source>Statuses, reference lists, users, teams and the CRM options.</source>
        <translation>Statuts, listes de référence, utilisateurs, équipes et options du CRM.</translation>
    </message>
    <message>
        <source>&amp;New lead</source>
        <translation>&amp;Nouvelle piste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Print lead report…</source>
        <translation>&amp;Imprimer le rapport de la piste…</translation>
    </message>
    <message>
        <source>Save lead report as P&amp;DF…</source>
        <translation>Enregistrer le rapport en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Retour à la liste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation>&amp;Convertir…</translation>
    </message>
    <message>
        <source>&amp;Lose…</source>
        <translation>&amp;Perdre…</translation>
    </message>
    <message>
        <source>&amp;About Quarry</source>
        <translation>À &amp;propos de Quarry</translation>
    </message>
    <message>
        <source>About Quarry</source>
        <translation>À propos de Quarry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quarry %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for working leads.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quarry %1&lt;/h3&gt;&lt;p&gt;Un CRM de bureau pour travailler les pistes.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Piste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln piste</numerusform>
            <numerusform>%Ln pistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] — Quarry</source>
        <translation>%1[*] — Quarry</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketingListTab</name>
    <message>
        <source>Tick the marketing lists this lead belongs to; the change is saved with the lead.</source>
        <translation>Cochez les listes marketing auxquelles appartient cette piste ; le changement est enregistré avec la piste.</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>Choose at least one lead to merge into lead #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into this lead (merge #%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from lead #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from lead #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of lead #%1 not kept; the master&apos;s value stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into lead #%1 (merge #%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge could not be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge #%1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1, the master of merge #%2, no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 was merged into lead #%2 since: undo that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 took part in a later merge: undo that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 was converted after merge #%2, which can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of merge #%1 is unreadable; it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge #%1 undone: leads %2 are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited since the merge and kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge #%1 into lead #%2 undone: this lead is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge could not be undone; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 of merge #%2 was deleted since; the merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MultiValueEdit</name>
    <message>
        <source>Add another</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove this value</source>
        <translation>Retirer cette valeur</translation>
    </message>
</context>
<context>
    <name>MultiValueEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>+33 1 23 45 67 89</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>CRM options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How leads are worked in this database. Changes are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads belong to an agency; the agency field is shown on leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage statuses on prospect partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting asks the partner status; a prospect whose status becomes Won is a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict functions to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact functions come only from the predefined list: no &quot;+&quot; on the lead form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign only team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead of a team may be assigned only to a member of that team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides a last name or a company name, a lead must have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsService</name>
    <message>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead field that can be required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a positive number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Options: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>My leads</source>
        <translation>Mes pistes</translation>
    </message>
    <message>
        <source>Opened leads</source>
        <translation>Pistes ouvertes</translation>
    </message>
    <message>
        <source>Closed leads</source>
        <translation>Pistes fermées</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Toutes les pistes</translation>
    </message>
    <message>
        <source>Kanban</source>
        <translation>Kanban</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company TIN must have 9, 10 or 12 digits; &quot;%1&quot; does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner #%1 already has the TIN %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring is from 0 to 5 stars; %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prospect status #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect statuses are off: turn on &quot;Manage statuses on prospect partner&quot; in the CRM options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>The sales direction of the new product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales direction</source>
        <translation>Direction commerciale</translation>
    </message>
    <message>
        <source>Add a sales direction first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product to change its sales direction. A lead offers only the products of its direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction &quot;%1&quot; belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction of &quot;%1&quot; was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Redo of &quot;%1&quot; failed</source>
        <translation>Échec du rétablissement de « %1 »</translation>
    </message>
    <message>
        <source>Undo of &quot;%1&quot; failed</source>
        <translation>Échec de l’annulation de « %1 »</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>RefList</name>
    <message>
        <source>Industries</source>
        <translation>Secteurs d’activité</translation>
    </message>
    <message>
        <source>Contact functions</source>
        <translation>Fonctions des contacts</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Sources des pistes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Motifs de perte</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>Sales directions</source>
        <translation>Directions commerciales</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produits et services</translation>
    </message>
    <message>
        <source>Marketing campaigns</source>
        <translation>Campagnes marketing</translation>
    </message>
    <message>
        <source>Content distribution channels</source>
        <translation>Canaux de diffusion du contenu</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Marketing lists</source>
        <translation>Listes marketing</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <source>Create a new entry in %1</source>
        <translation>Créer une entrée dans %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>%1 to create:</source>
        <translation>%1 à créer :</translation>
    </message>
</context>
<context>
    <name>ReferenceImportDialog</name>
    <message>
        <source>Import cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV with the columns name, postal code, region and country (ISO code or name), or a GeoNames dump such as cities500.txt. Cities already known are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV with one industry per line, with or without a header row. Industries already known (case and accents ignored) are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the rejected rows report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 imported, %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceImportService</name>
    <message>
        <source>The import could not start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no country with the code or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinates &quot;%1&quot;, &quot;%2&quot; are not a latitude and a longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n cell(s) where the header has %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n column(s) where GeoNames has 19.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Double-click or press F2 to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceListPage</name>
    <message>
        <source>New %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not put back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceService</name>
    <message>
        <source>This list cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a %1 is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; already exists (names are compared without case and accents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country needs a two-letter ISO 3166 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product belongs to a sales direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 &quot;%2&quot; is used by %n lead(s); change them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> Functions are restricted to the predefined list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 named &quot;%2&quot;.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city &quot;%1&quot; (%2) already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Insert image…</source>
        <translation>Insérer une image…</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
</context>
<context>
    <name>SavedFilterService</name>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>Un filtre enregistré doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name of a saved filter is limited to 100 characters.</source>
        <translation>Le nom d’un filtre enregistré est limité à 100 caractères.</translation>
    </message>
    <message>
        <source>There is no saved filter #%1.</source>
        <translation>Il n’y a pas de filtre enregistré n° %1.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; belongs to someone else.</source>
        <translation>Le filtre « %1 » appartient à quelqu’un d’autre.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search name, company, email, phone, city…</source>
        <translation>Rechercher un nom, une société, un e-mail, un téléphone, une ville…</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Rechercher des pistes</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <source>Lead scoring</source>
        <translation>Notation de la piste</translation>
    </message>
    <message>
        <source>Lead scoring: click a star (Left/Right or 0–5 on the keyboard)</source>
        <translation>Notation : cliquez sur une étoile (Gauche/Droite ou 0–5 au clavier)</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChevronBar</name>
    <message>
        <source>Lead status</source>
        <translation>Statut de la piste</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Statut actuel : %1</translation>
    </message>
    <message>
        <source>%1 (current status)</source>
        <translation>%1 (statut actuel)</translation>
    </message>
    <message>
        <source>%1: reached through Convert or Lose</source>
        <translation>%1 : atteint par Convertir ou Perdre</translation>
    </message>
    <message>
        <source>Move the lead to %1</source>
        <translation>Passer la piste à %1</translation>
    </message>
</context>
<context>
    <name>StatusConfigPage</name>
    <message>
        <source>Lead statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages a lead goes through, in the order of the kanban columns. Drag a status to reorder it, double-click its name to rename it. Closed statuses list under Closed leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which status new leads start in, and which ones Convert and Lose move leads to. New leads need an open status; converted and lost, closed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads start in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert moves to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lose moves to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the status &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have the status &quot;%1&quot;. Move them to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move and remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusListModel</name>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertie</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Double-click to rename; drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such place in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statuses were not reordered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>A status needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no status #%1 to add after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no status #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new order must name every status once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the status of new leads and must stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the %2 status and must stay closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be new, converted or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the %2 status; a status holds one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of new leads must be open; &quot;%1&quot; is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 status must be closed; &quot;%2&quot; is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the %2 status; give that role to another status first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have the status &quot;%1&quot;; move them to another status first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another existing status for the leads of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads cannot be moved to &quot;%1&quot;: it is reached only by converting or losing a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nom de la nouvelle étiquette :</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tag&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tag to change its colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of &quot;%1&quot; on cards, chips and in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of &quot;%1&quot; was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a team to choose its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works in &quot;%1&quot;. With the CRM option on, its leads are assigned only to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of &quot;%1&quot; were not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 opened: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 reopened: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 closed: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; may hold only letters, digits and . _ @ -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who work in Quarry. Only active users can be assigned leads; administrators configure Quarry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (can be assigned leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet (see Teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams of the user were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quarry, a desktop CRM for working leads.</source>
        <translation>Quarry, un CRM de bureau pour travailler les pistes.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (created when missing).</source>
        <translation>Ouvrir la base de données &lt;path&gt; (créée si elle n’existe pas).</translation>
    </message>
    <message>
        <source>Work as the user &lt;login&gt; (created on first use).</source>
        <translation>Travailler en tant qu’utilisateur &lt;login&gt; (créé à la première utilisation).</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo leads.</source>
        <translation>Remplir une base vide avec des pistes de démonstration réalistes.</translation>
    </message>
    <message>
        <source>Quarry</source>
        <translation>Quarry</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>La base de données n’a pas pu être ouverte :
%1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>--demo ignored: the database already has leads.</source>
        <translation>--demo ignoré : la base contient déjà des pistes.</translation>
    </message>
</context>
</TS>
