<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Access</name>
    <message>
        <source>every lead</source>
        <translation>toutes les pistes</translation>
    </message>
    <message>
        <source>the leads of your teams and the unassigned ones</source>
        <translation>les pistes de vos équipes et celles sans responsable</translation>
    </message>
    <message>
        <source>your leads, your teams&apos; and the unassigned ones</source>
        <translation>vos pistes, celles de vos équipes et celles sans responsable</translation>
    </message>
    <message>
        <source>the open leads</source>
        <translation>les pistes ouvertes</translation>
    </message>
    <message>
        <source>the leads of your company&apos;s partnership</source>
        <translation>les pistes du partenariat de votre société</translation>
    </message>
    <message>
        <source>add leads</source>
        <translation>ajouter des pistes</translation>
    </message>
    <message>
        <source>import leads</source>
        <translation>importer des pistes</translation>
    </message>
    <message>
        <source>change the configuration (statuses, options, reference lists, teams, templates)</source>
        <translation>modifier la configuration (statuts, options, listes de référence, équipes, modèles)</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>change the loss reasons</source>
        <translation>modifier les motifs de perte</translation>
    </message>
    <message>
        <source>change the tags, marketing lists and campaigns</source>
        <translation>modifier les étiquettes, listes marketing et campagnes</translation>
    </message>
    <message>
        <source>empty the trash</source>
        <translation>vider la corbeille</translation>
    </message>
    <message>
        <source>see the reports</source>
        <translation>voir les rapports</translation>
    </message>
    <message>
        <source>see</source>
        <translation>voir</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>comment on</source>
        <translation>commenter</translation>
    </message>
    <message>
        <source>take in charge</source>
        <translation>prendre en charge</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>attribuer</translation>
    </message>
    <message>
        <source>move to another status</source>
        <translation>changer de statut</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>convertir</translation>
    </message>
    <message>
        <source>mark as lost</source>
        <translation>marquer comme perdue</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>rouvrir</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>plan events, log emails or attach files to</source>
        <translation>planifier des événements, consigner des e-mails ou joindre des fichiers à</translation>
    </message>
    <message>
        <source>User %1 is deactivated.</source>
        <translation>L’utilisateur %1 est désactivé.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) ne peut pas %3.</translation>
    </message>
    <message>
        <source>There is no lead #%1 that %2 may see (%3 sees %4).</source>
        <translation>Aucune piste n° %1 visible par %2 (%3 voit %4).</translation>
    </message>
    <message>
        <source>: a sales rep works only the leads assigned to them</source>
        <translation> : un commercial ne travaille que les pistes qui lui sont attribuées</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3 lead #%4%5.</source>
        <translation>%1 (%2) ne peut pas %3 la piste n° %4%5.</translation>
    </message>
    <message>
        <source>%1 (%2) may not change the %3 of lead #%4.</source>
        <translation>%1 (%2) ne peut pas modifier le champ « %3 » de la piste n° %4.</translation>
    </message>
</context>
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
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>There is no attachment #%1.</source>
        <translation>Il n’y a pas de pièce jointe n° %1.</translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation>La piste n° %1 est convertie et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>Une pièce jointe doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; attachments are limited to %3 (CRM options).</source>
        <translation>« %1 » fait %2 ; les pièces jointes sont limitées à %3 (options du CRM).</translation>
    </message>
    <message>
        <source>Attached &quot;%1&quot; (%2).</source>
        <translation>« %1 » joint (%2).</translation>
    </message>
    <message>
        <source>Removed the attachment &quot;%1&quot;.</source>
        <translation>Pièce jointe « %1 » retirée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large: attachments are limited to %2 (CRM options).</source>
        <translation>« %1 » est trop volumineux : les pièces jointes sont limitées à %2 (options du CRM).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Attach files to this lead (you can also drop files here)</source>
        <translation>Joindre des fichiers à cette piste (vous pouvez aussi déposer des fichiers ici)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Save the lead first: files are attached to a saved lead.</source>
        <translation>Enregistrez d’abord la piste : les fichiers se joignent à une piste enregistrée.</translation>
    </message>
    <message>
        <source>Drop files here to attach them (up to %1 each).</source>
        <translation>Déposez des fichiers ici pour les joindre (%1 au plus chacun).</translation>
    </message>
    <message>
        <source>The file was not attached:</source>
        <translation>Le fichier n’a pas été joint :</translation>
    </message>
    <message>
        <source>These files were not attached:</source>
        <translation>Ces fichiers n’ont pas été joints :</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>The file could not be opened:</source>
        <translation>Le fichier n’a pas pu être ouvert :</translation>
    </message>
    <message>
        <source>No application opens &quot;%1&quot;. Use Save as… to keep a copy.</source>
        <translation>Aucune application n’ouvre « %1 ». Utilisez Enregistrer sous… pour en garder une copie.</translation>
    </message>
    <message>
        <source>The file was not saved:</source>
        <translation>Le fichier n’a pas été enregistré :</translation>
    </message>
    <message>
        <source>Save the attachment as</source>
        <translation>Enregistrer la pièce jointe sous</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this lead? The file kept in Quarry is deleted.</source>
        <translation>Retirer « %1 » de cette piste ? Le fichier conservé dans Quarry est supprimé.</translation>
    </message>
    <message>
        <source>The attachment was not removed:</source>
        <translation>La pièce jointe n’a pas été retirée :</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot;</source>
        <translation>Joindre « %1 »</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Retirer « %1 »</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>This database cannot be backed up to a file.</source>
        <translation>Cette base ne peut pas être sauvegardée dans un fichier.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Il n’y a pas de sauvegarde %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 est la base elle-même, pas une sauvegarde de celle-ci.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a backup of a Quarry database.</source>
        <translation>%1 est vide : ce n’est pas une sauvegarde d’une base Quarry.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Quarry (schema %2; this version knows up to %3): it cannot be restored here. Nothing was changed.</source>
        <translation>%1 a été écrite par une version plus récente de Quarry (schéma %2 ; cette version connaît jusqu’au %3) : elle ne peut pas être restaurée ici. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 ne peut pas être restaurée : %2</translation>
    </message>
    <message>
        <source>The database was not replaced: a copy of it could not be kept first.</source>
        <translation>La base n’a pas été remplacée : sa copie n’a pas pu être conservée d’abord.</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored: %2. Nothing was changed.</source>
        <translation>La sauvegarde %1 n’a pas pu être restaurée : %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside: nothing was changed.</source>
        <translation>%1 n’a pas pu être mise de côté : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup was restored but does not open; the replaced file is %1.</source>
        <translation>La sauvegarde a été restaurée mais ne s’ouvre pas ; le fichier remplacé est %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Quarry (schema %2; this version knows up to %3): it was not restored.</source>
        <translation>%1 a été écrite par une version plus récente de Quarry (schéma %2 ; cette version connaît jusqu’au %3) : elle n’a pas été restaurée.</translation>
    </message>
</context>
<context>
    <name>BulkLeadWriter</name>
    <message>
        <source>A bulk load is already in progress.</source>
        <translation>Un chargement en masse est déjà en cours.</translation>
    </message>
    <message>
        <source>The import could not prepare its statements: %1</source>
        <translation>L’import n’a pas pu préparer ses requêtes : %1</translation>
    </message>
    <message>
        <source>No bulk load is in progress.</source>
        <translation>Aucun chargement en masse n’est en cours.</translation>
    </message>
    <message>
        <source>Lead %1 could not be stored (%2): %3</source>
        <translation>La piste %1 n’a pas pu être enregistrée (%2) : %3</translation>
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
        <translation>Les pistes n’ont pas été déplacées</translation>
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
        <translation>Villes</translation>
    </message>
    <message>
        <source>The cities repository a lead&apos;s address picks from. Type the beginning of a name to find a city.</source>
        <translation>Le référentiel des villes dans lequel l’adresse d’une piste puise. Tapez le début d’un nom pour trouver une ville.</translation>
    </message>
    <message>
        <source>Find a city by the beginning of its name</source>
        <translation>Trouver une ville par le début de son nom</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import cities from a CSV file</source>
        <translation>Importer des villes depuis un fichier CSV</translation>
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
        <translation>Ajouter une ville</translation>
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
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(sans pays)</translation>
    </message>
    <message>
        <source>%1 cities</source>
        <translation>%1 villes</translation>
    </message>
    <message>
        <source>The city was not added</source>
        <translation>La ville n’a pas été ajoutée</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajoutée.</translation>
    </message>
    <message>
        <source>Add the city %1</source>
        <translation>Ajouter la ville %1</translation>
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
    <name>ComposeEmailDialog</name>
    <message>
        <source>Compose an email</source>
        <translation>Rédiger un e-mail</translation>
    </message>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>nom@exemple.fr, autre@exemple.fr</translation>
    </message>
    <message>
        <source>Each lead&apos;s own email addresses</source>
        <translation>Les adresses e-mail propres à chaque piste</translation>
    </message>
    <message>
        <source>With several leads, each email goes to that lead&apos;s own addresses.</source>
        <translation>Avec plusieurs pistes, chaque e-mail part aux adresses propres à sa piste.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Facultatif, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <source>(No template)</source>
        <translation>(Aucun modèle)</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Insert a lead field</source>
        <translation>&amp;Insérer un champ de la piste</translation>
    </message>
    <message>
        <source>Placeholders such as {first_name} are filled with each lead&apos;s values when sent.</source>
        <translation>Les champs tels que {first_name} sont remplis avec les valeurs de chaque piste à l’envoi.</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Co&amp;rps :</translation>
    </message>
    <message>
        <source>&amp;Open it in my mail program to send it</source>
        <translation>L’ouvrir dans ma messagerie pour l’en&amp;voyer</translation>
    </message>
    <message>
        <source>&amp;Open each email in my mail program to send it</source>
        <translation>Ouvrir chaque e-mail dans ma messagerie pour l’en&amp;voyer</translation>
    </message>
    <message>
        <source>Quarry keeps the email on the lead; your mail program sends it.</source>
        <translation>Quarry conserve l’e-mail sur la piste ; votre messagerie l’envoie.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Keep the email on the lead and open it in your mail program</source>
        <translation>Conserver l’e-mail sur la piste et l’ouvrir dans votre messagerie</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Piste n° %1</translation>
    </message>
    <message>
        <source>%1 (lead #%2) is marked &quot;Do not email&quot;: no email can be sent.</source>
        <translation>%1 (piste n° %2) est marquée « Ne pas envoyer d’e-mail » : aucun e-mail ne peut être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>To the lead &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>À la piste &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>One email to each of %n lead(s): %1</source>
        <translation>
            <numerusform>Un e-mail à chacune des %n piste : %1</numerusform>
            <numerusform>Un e-mail à chacune des %n pistes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This lead does not want emails.</source>
        <translation>Cette piste ne veut pas d’e-mails.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) will get no email:</source>
        <translation>
            <numerusform>%n piste ne recevra pas d’e-mail :</numerusform>
            <numerusform>%n pistes ne recevront pas d’e-mail :</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the template</source>
        <translation>Utiliser le modèle</translation>
    </message>
    <message>
        <source>Replace the subject and the body you wrote with the template &quot;%1&quot;?</source>
        <translation>Remplacer l’objet et le corps que vous avez écrits par le modèle « %1 » ?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The email was not sent:</source>
        <translation>L’e-mail n’a pas été envoyé :</translation>
    </message>
    <message>
        <source>Sent to %1 of %2 leads. Not sent to these:</source>
        <translation>Envoyé à %1 pistes sur %2. Non envoyé à celles-ci :</translation>
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
        <translation>Statuts</translation>
    </message>
    <message>
        <source>CRM options</source>
        <translation>Options du CRM</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Lead lists</source>
        <translation>Listes des pistes</translation>
    </message>
    <message>
        <source>Marketing and sales</source>
        <translation>Marketing et ventes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Modèles d’e-mail</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>Se connecter à un serveur d’équipe</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database: each person logs in with their own login and password, and the server lets them see and change what their role allows.</source>
        <translation>Une équipe partage une base PostgreSQL : chacun se connecte avec son identifiant et son mot de passe, et le serveur lui laisse voir et modifier ce que son rôle permet.</translation>
    </message>
    <message>
        <source>crm.example.org or /run/postgresql</source>
        <translation>crm.example.org ou /run/postgresql</translation>
    </message>
    <message>
        <source>The server&apos;s host name, or the folder of its Unix socket.</source>
        <translation>Le nom d’hôte du serveur, ou le dossier de sa socket Unix.</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>Utiliser le fichier de cet ordinateur</translation>
    </message>
    <message>
        <source>Give the server and your login.</source>
        <translation>Indiquez le serveur et votre identifiant.</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept in the keychain (%1): it will be asked at each start.</source>
        <translation>Connecté, mais le mot de passe n’a pas pu être gardé dans le trousseau (%1) : il sera demandé à chaque démarrage.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
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
        <source>Function</source>
        <translation>Fonction</translation>
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
        <source>Mobile</source>
        <translation>Mobile</translation>
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
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation>Le contact n’a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Search name, partner, email, phone…</source>
        <translation>Rechercher un nom, un partenaire, un e-mail, un téléphone…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>No contact matches &quot;%1&quot;.</source>
        <translation>Aucun contact ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No contacts yet.
Convert a lead that names a person to create a contact.</source>
        <translation>Aucun contact pour l’instant.
Convertissez une piste qui nomme une personne pour créer un contact.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacts</translation>
    </message>
</context>
<context>
    <name>ConversionService</name>
    <message>
        <source>Lead #%1 is already converted.</source>
        <translation>La piste n° %1 est déjà convertie.</translation>
    </message>
    <message>
        <source>Lead #%1 is lost: reopen it before converting it.</source>
        <translation>La piste n° %1 est perdue : rouvrez-la avant de la convertir.</translation>
    </message>
    <message>
        <source>No status is marked as the converted status in the CRM options.</source>
        <translation>Aucun statut n’est désigné comme statut de conversion dans les options du CRM.</translation>
    </message>
    <message>
        <source>Prospect statuses are off: turn on &quot;Manage statuses on prospect partner&quot; in the CRM options.</source>
        <translation>Les statuts de prospect sont désactivés : activez « Gérer les statuts des partenaires prospects » dans les options du CRM.</translation>
    </message>
    <message>
        <source>There is no prospect status #%1.</source>
        <translation>Il n’y a pas de statut de prospect n° %1.</translation>
    </message>
    <message>
        <source>There is no partner #%1.</source>
        <translation>Il n’y a pas de partenaire n° %1.</translation>
    </message>
    <message>
        <source>Partner #%1 (%2) already has the TIN %3: convert into that partner instead of creating a new one.</source>
        <translation>Le partenaire n° %1 (%2) a déjà le numéro fiscal %3 : convertissez vers ce partenaire au lieu d’en créer un nouveau.</translation>
    </message>
    <message>
        <source>Select at least one existing contact.</source>
        <translation>Sélectionnez au moins un contact existant.</translation>
    </message>
    <message>
        <source>There is no contact #%1.</source>
        <translation>Il n’y a pas de contact n° %1.</translation>
    </message>
    <message>
        <source>Contact #%1 (%2) belongs to another partner.</source>
        <translation>Le contact n° %1 (%2) appartient à un autre partenaire.</translation>
    </message>
    <message>
        <source>The lead names no person (first or last name) to create a contact from.</source>
        <translation>La piste ne nomme aucune personne (prénom ou nom) à partir de laquelle créer un contact.</translation>
    </message>
    <message>
        <source>The expected amount cannot be negative.</source>
        <translation>Le montant attendu ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>new partner #%1 (%2)</source>
        <translation>nouveau partenaire n° %1 (%2)</translation>
    </message>
    <message>
        <source>partner #%1 (%2)</source>
        <translation>partenaire n° %1 (%2)</translation>
    </message>
    <message>
        <source>contact #%1 (%2)</source>
        <translation>contact n° %1 (%2)</translation>
    </message>
    <message>
        <source>opportunity #%1 (%2)</source>
        <translation>opportunité n° %1 (%2)</translation>
    </message>
    <message>
        <source>partner status %1</source>
        <translation>statut de partenaire %1</translation>
    </message>
    <message>
        <source>Converted into %1.</source>
        <translation>Convertie en %1.</translation>
    </message>
    <message>
        <source>Customer requirements: %1</source>
        <translation>Besoins du client : %1</translation>
    </message>
    <message>
        <source>The expected amount</source>
        <translation>Le montant attendu</translation>
    </message>
    <message>
        <source>The opportunity name</source>
        <translation>Le nom de l’opportunité</translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation>Il n’y a pas de piste n° %1.</translation>
    </message>
    <message>
        <source>Lead #%1 changed since its conversion: the conversion cannot be taken back.</source>
        <translation>La piste n° %1 a changé depuis sa conversion : la conversion ne peut pas être reprise.</translation>
    </message>
    <message>
        <source>Partner #%1 is used by other leads, contacts or opportunities since: the conversion cannot be taken back.</source>
        <translation>Le partenaire n° %1 est utilisé depuis par d’autres pistes, contacts ou opportunités : la conversion ne peut pas être reprise.</translation>
    </message>
    <message>
        <source>opportunity #%1</source>
        <translation>opportunité n° %1</translation>
    </message>
    <message>
        <source>contact #%1</source>
        <translation>contact n° %1</translation>
    </message>
    <message>
        <source>partner #%1</source>
        <translation>partenaire n° %1</translation>
    </message>
    <message>
        <source>Conversion taken back.</source>
        <translation>Conversion reprise.</translation>
    </message>
    <message>
        <source>Conversion taken back: %1 removed.</source>
        <translation>Conversion reprise : %1 supprimés.</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Convert lead</source>
        <translation>Convertir la piste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Convert “%1”&lt;/b&gt; into a partner, contacts and an opportunity. Everything on the lead is copied; the lead is kept as it is, read-only.</source>
        <translation>&lt;b&gt;Convertir « %1 »&lt;/b&gt; en partenaire, contacts et opportunité. Tout le contenu de la piste est copié ; la piste est conservée telle quelle, en lecture seule.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Create a &amp;new partner (a prospect)</source>
        <translation>Créer un &amp;nouveau partenaire (un prospect)</translation>
    </message>
    <message>
        <source>Link to an &amp;existing partner</source>
        <translation>Lier à un partenaire &amp;existant</translation>
    </message>
    <message>
        <source>&amp;Use this partner</source>
        <translation>&amp;Utiliser ce partenaire</translation>
    </message>
    <message>
        <source>Search partners by name…</source>
        <translation>Rechercher des partenaires par nom…</translation>
    </message>
    <message>
        <source>Prospect &amp;status:</source>
        <translation>&amp;Statut du prospect :</translation>
    </message>
    <message>
        <source>%1 (becomes a customer)</source>
        <translation>%1 (devient client)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>No contact creation</source>
        <translation>Pas de création de contact</translation>
    </message>
    <message>
        <source>Create a new contact from the lead</source>
        <translation>Créer un nouveau contact à partir de la piste</translation>
    </message>
    <message>
        <source>Select existing contacts of the partner</source>
        <translation>Sélectionner des contacts existants du partenaire</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact :</translation>
    </message>
    <message>
        <source>&amp;Generate an opportunity</source>
        <translation>&amp;Générer une opportunité</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Expected &amp;amount:</source>
        <translation>Mon&amp;tant attendu :</translation>
    </message>
    <message>
        <source>Expected close &amp;date:</source>
        <translation>&amp;Date de conclusion prévue :</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <source>A partner named “%1” already exists.</source>
        <translation>Un partenaire nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>This lead cannot be converted</source>
        <translation>Cette piste ne peut pas être convertie</translation>
    </message>
    <message>
        <source>This partner has no contacts yet.</source>
        <translation>Ce partenaire n’a pas encore de contacts.</translation>
    </message>
    <message>
        <source>The lead was not converted</source>
        <translation>La piste n’a pas été convertie</translation>
    </message>
    <message>
        <source>Choose the partner to link the lead to.</source>
        <translation>Choisissez le partenaire auquel lier la piste.</translation>
    </message>
    <message>
        <source>new partner “%1”</source>
        <translation>nouveau partenaire « %1 »</translation>
    </message>
    <message>
        <source>partner “%1”</source>
        <translation>partenaire « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>an opportunity</source>
        <translation>une opportunité</translation>
    </message>
    <message>
        <source>“%1” was converted: %2.</source>
        <translation>« %1 » a été convertie : %2.</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The ISO 3166 two-letter code, e.g. FR</source>
        <translation>Le code ISO 3166 à deux lettres, p. ex. FR</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>Enregistrer le code</translation>
    </message>
    <message>
        <source>The code of %1, used by imports, phone numbers and the CLI.</source>
        <translation>Le code de %1, utilisé par les imports, les numéros de téléphone et la ligne de commande.</translation>
    </message>
    <message>
        <source>Select a country to change its code.</source>
        <translation>Sélectionnez un pays pour modifier son code.</translation>
    </message>
    <message>
        <source>The code of %1 was not changed</source>
        <translation>Le code de %1 n’a pas été modifié</translation>
    </message>
    <message>
        <source>Change the code of %1</source>
        <translation>Changer le code de %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the CSV input is not open for reading</source>
        <translation>l’entrée CSV n’est pas ouverte en lecture</translation>
    </message>
    <message>
        <source>cannot read the CSV input: %1</source>
        <translation>impossible de lire l’entrée CSV : %1</translation>
    </message>
    <message>
        <source>line %1: unterminated quoted field (field %2)</source>
        <translation>ligne %1 : champ entre guillemets non terminé (champ %2)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of field %2 (on line %3)</source>
        <translation>ligne %1 : texte après le guillemet fermant du champ %2 (à la ligne %3)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of field %2</source>
        <translation>ligne %1 : texte après le guillemet fermant du champ %2</translation>
    </message>
    <message>
        <source>line %1: stray quote in unquoted field %2</source>
        <translation>ligne %1 : guillemet isolé dans le champ sans guillemets %2</translation>
    </message>
    <message>
        <source>line %1: record runs past %2; a closing quote is probably missing</source>
        <translation>ligne %1 : l’enregistrement dépasse %2 ; il manque probablement un guillemet fermant</translation>
    </message>
    <message>
        <source>line %1: line longer than %2, skipped</source>
        <translation>ligne %1 : ligne de plus de %2, ignorée</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>the CSV output is not open for writing</source>
        <translation>la sortie CSV n’est pas ouverte en écriture</translation>
    </message>
    <message>
        <source>cannot write the CSV output: %1</source>
        <translation>impossible d’écrire la sortie CSV : %1</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file: choose a CSV file.</source>
        <translation>%1 n’est pas un fichier ordinaire : choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>line %1 runs past %2 without a line end: this is not a CSV file.</source>
        <translation>la ligne %1 dépasse %2 sans fin de ligne : ce n’est pas un fichier CSV.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>La migration %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is damaged: its table %2 is missing. It was not changed.</source>
        <translation>%1 est endommagée : sa table %2 manque. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is busy: another program has been writing to it for more than %2 s. Nothing was changed; try again.</source>
        <translation>%1 est occupée : un autre programme y écrit depuis plus de %2 s. Rien n’a été modifié ; réessayez.</translation>
    </message>
    <message>
        <source>no transaction is open</source>
        <translation>aucune transaction n’est ouverte</translation>
    </message>
    <message>
        <source>Cannot start the upgrade of %1.</source>
        <translation>Impossible de commencer la mise à niveau de %1.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read its list of tables (%2). It was not changed.</source>
        <translation>%1 est endommagée : SQLite ne peut pas lire sa liste de tables (%2). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 was not upgraded to schema %2: its backup could not be made first. It was not changed.</source>
        <translation>%1 n’a pas été mise à niveau au schéma %2 : sa sauvegarde n’a pas pu être faite d’abord. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is not a Quarry database: it is not an SQLite file, or its first page is destroyed (%2). It was not changed.</source>
        <translation>%1 n’est pas une base Quarry : ce n’est pas un fichier SQLite, ou sa première page est détruite (%2). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot reach %1: Qt&apos;s PostgreSQL driver is missing (Debian: libqt6sql6-psql).</source>
        <translation>Impossible de joindre %1 : le pilote PostgreSQL de Qt est absent (Debian : libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Quarry database: it holds other tables and no quarry_meta. It was not changed.</source>
        <translation>%1 n’est pas une base Quarry : elle contient d’autres tables et aucune quarry_meta. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Quarry (schema %2; this one knows up to %3). It was not changed.</source>
        <translation>%1 a été écrite par un Quarry plus récent (schéma %2 ; celui-ci connaît jusqu’au %3). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is busy: another user has been writing to it for more than %2 s. Nothing was changed; try again.</source>
        <translation>%1 est occupée : un autre utilisateur y écrit depuis plus de %2 s. Rien n’a été modifié ; réessayez.</translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <source>%1: &quot;%2&quot; is not a port.</source>
        <translation>%1 : « %2 » n’est pas un port.</translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535.</source>
        <translation>%1 : le port doit être compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>%1 is not a Quarry database: another program made it. It was not changed.</source>
        <translation>%1 n’est pas une base Quarry : un autre programme l’a créée. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Quarry (schema %2; this version knows up to %3). It was not changed: open it with a newer Quarry.</source>
        <translation>%1 a été écrite par une version plus récente de Quarry (schéma %2 ; cette version connaît jusqu’au %3). Elle n’a pas été modifiée : ouvrez-la avec un Quarry plus récent.</translation>
    </message>
    <message>
        <source>%1 is not a Quarry database: it holds another program&apos;s tables. It was not changed.</source>
        <translation>%1 n’est pas une base Quarry : elle contient les tables d’un autre programme. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is not a Quarry database (schema %2 without Quarry&apos;s mark and tables). It was not changed.</source>
        <translation>%1 n’est pas une base Quarry (schéma %2 sans la marque ni les tables de Quarry). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. It was not changed.</source>
        <translation>%1 ne peut pas être lu : %2. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read its list of tables (%2). It was not changed.</source>
        <translation>%1 est endommagée : SQLite ne peut pas lire sa liste de tables (%2). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is damaged: some of its tables are missing. It was not changed.</source>
        <translation>%1 est endommagée : certaines de ses tables manquent. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check fails (%2). It was not changed.</source>
        <translation>%1 est endommagée : la vérification d’intégrité de SQLite échoue (%2). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>La copie %1 n’a pas pu être écrite : %2</translation>
    </message>
    <message>
        <source>its folder %1 does not exist</source>
        <translation>son dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the file could not be closed</source>
        <translation>le fichier n’a pas pu être fermé</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a Quarry database: it is not an SQLite file, or its first page is destroyed (%2). It was not changed.</source>
        <translation>%1 n’est pas une base Quarry : ce n’est pas un fichier SQLite, ou sa première page est détruite (%2). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>another program has been writing to the database for more than %1 s</source>
        <translation>un autre programme écrit dans la base depuis plus de %1 s</translation>
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
    <message>
        <source>The country list is missing.</source>
        <translation>La liste des pays est introuvable.</translation>
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
    <message>
        <source>Went with another supplier this year.</source>
        <translation>A choisi un autre fournisseur cette année.</translation>
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
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
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
        <translation>« %1 » n’est pas un champ sur lequel les doublons sont recherchés ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Pick at least one field to compare.</source>
        <translation>Choisissez au moins un champ à comparer.</translation>
    </message>
    <message>
        <source>Name at least two leads that are not duplicates of each other.</source>
        <translation>Indiquez au moins deux pistes qui ne sont pas des doublons l’une de l’autre.</translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation>Il n’y a pas de piste n° %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Check duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>Leads are duplicates when they are equal on every field ticked</source>
        <translation>Des pistes sont des doublons quand elles sont égales sur chaque champ coché</translation>
    </message>
    <message numerus="yes">
        <source>Among the %n selected lead(s)</source>
        <translation>
            <numerusform>Parmi %n piste sélectionnée</numerusform>
            <numerusform>Parmi les %n pistes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Among the selected leads (select two or more in the list)</source>
        <translation>Parmi les pistes sélectionnées (sélectionnez-en deux ou plus dans la liste)</translation>
    </message>
    <message>
        <source>Among all leads</source>
        <translation>Parmi toutes les pistes</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Tick the fields to compare and press Find.</source>
        <translation>Cochez les champs à comparer et appuyez sur Rechercher.</translation>
    </message>
    <message>
        <source>Name (✓ master)</source>
        <translation>Nom (✓ principale)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Set as &amp;master</source>
        <translation>Définir comme &amp;principale</translation>
    </message>
    <message>
        <source>M&amp;erge group…</source>
        <translation>&amp;Fusionner le groupe…</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>Pas des &amp;doublons</translation>
    </message>
    <message>
        <source>These leads are different people or companies: never propose them together again.</source>
        <translation>Ces pistes sont des personnes ou des sociétés différentes : ne plus jamais les proposer ensemble.</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Ouvrir la piste</translation>
    </message>
    <message>
        <source>Open merged m&amp;aster</source>
        <translation>Ou&amp;vrir la piste principale fusionnée</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>Ann&amp;uler la fusion</translation>
    </message>
    <message>
        <source>Puts the merged leads back as they were</source>
        <translation>Remet les pistes fusionnées telles qu’elles étaient</translation>
    </message>
    <message>
        <source>Duplicates were not searched</source>
        <translation>Les doublons n’ont pas été recherchés</translation>
    </message>
    <message>
        <source>No duplicates found on %1.</source>
        <translation>Aucun doublon trouvé sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicates found.</source>
        <translation>
            <numerusform>%n groupe de doublons trouvé.</numerusform>
            <numerusform>%n groupes de doublons trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead #%1 — tick to make it the master</source>
        <translation>Piste n° %1 — cochez pour en faire la principale</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 — %n lead(s), master: %2</source>
        <translation>
            <numerusform>Groupe %1 — %n piste, principale : %2</numerusform>
            <numerusform>Groupe %1 — %n pistes, principale : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This group cannot be merged</source>
        <translation>Ce groupe ne peut pas être fusionné</translation>
    </message>
    <message>
        <source>The group was not merged</source>
        <translation>Le groupe n’a pas été fusionné</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) merged into “%1”.</source>
        <translation>
            <numerusform>%n piste fusionnée dans « %1 ».</numerusform>
            <numerusform>%n pistes fusionnées dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The group was not marked</source>
        <translation>Le groupe n’a pas été marqué</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) marked as not duplicates: they will not be proposed together again.</source>
        <translation>
            <numerusform>%n piste marquée comme non doublon : elle ne sera plus proposée avec les autres.</numerusform>
            <numerusform>%n pistes marquées comme non doublons : elles ne seront plus proposées ensemble.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge was not undone</source>
        <translation>La fusion n’a pas été annulée</translation>
    </message>
    <message>
        <source>The merge was undone: the leads are back as they were.</source>
        <translation>La fusion a été annulée : les pistes sont revenues à leur état antérieur.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicates left.</source>
        <translation>
            <numerusform>%n groupe de doublons restant.</numerusform>
            <numerusform>%n groupes de doublons restants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailService</name>
    <message>
        <source>%1 (lead #%2) is marked &quot;Do not email&quot;: no email can be sent.</source>
        <translation>%1 (piste n° %2) est marquée « Ne pas envoyer d’e-mail » : aucun e-mail ne peut être envoyé.</translation>
    </message>
    <message>
        <source>There is no email template #%1.</source>
        <translation>Il n’y a pas de modèle d’e-mail n° %1.</translation>
    </message>
    <message>
        <source>Give at least one recipient.</source>
        <translation>Indiquez au moins un destinataire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>An email needs a subject.</source>
        <translation>Un e-mail doit avoir un objet.</translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation>La piste n° %1 est convertie et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Email sent to %1: &quot;%2&quot;.</source>
        <translation>E-mail envoyé à %1 : « %2 ».</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists.</source>
        <translation>Un modèle nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>A template needs a subject or a body.</source>
        <translation>Un modèle doit avoir un objet ou un corps.</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>L’objet</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>Le corps</translation>
    </message>
    <message>
        <source>A recipient</source>
        <translation>Un destinataire</translation>
    </message>
    <message>
        <source>A copy recipient</source>
        <translation>Un destinataire en copie</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>There is no email #%1.</source>
        <translation>Il n’y a pas d’e-mail n° %1.</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot; taken off the lead.</source>
        <translation>E-mail « %1 » retiré de la piste.</translation>
    </message>
</context>
<context>
    <name>EmailTemplatesPage</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Name as displayed</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Your name (sender)</source>
        <translation>Votre nom (expéditeur)</translation>
    </message>
    <message>
        <source>Your email (sender)</source>
        <translation>Votre e-mail (expéditeur)</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Modèles d’e-mail</translation>
    </message>
    <message>
        <source>The drafts offered when composing an email to a lead. Placeholders such as {first_name} are replaced by the lead&apos;s values when the email is written.</source>
        <translation>Les brouillons proposés lors de la rédaction d’un e-mail à une piste. Les champs tels que {first_name} sont remplacés par les valeurs de la piste quand l’e-mail est écrit.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>e.g. First contact</source>
        <translation>p. ex. Premier contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps :</translation>
    </message>
    <message>
        <source>%1  {%2}</source>
        <translation>%1  {%2}</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Insérer le champ</translation>
    </message>
    <message>
        <source>Inserts the chosen lead field at the cursor in the subject or the body.</source>
        <translation>Insère le champ de piste choisi à l’emplacement du curseur, dans l’objet ou le corps.</translation>
    </message>
    <message>
        <source>&amp;Lead field:</source>
        <translation>Champ de la &amp;piste :</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;</source>
        <translation>Modèle « %1 »</translation>
    </message>
    <message>
        <source>Select a template, or add one.</source>
        <translation>Sélectionnez un modèle, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>No templates yet: add one.</source>
        <translation>Aucun modèle pour l’instant : ajoutez-en un.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>The template was not added</source>
        <translation>Le modèle n’a pas été ajouté</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Le modèle n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; added.</source>
        <translation>Modèle « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed</source>
        <translation>« %1 » n’a pas été retiré</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; removed.</source>
        <translation>Modèle « %1 » retiré.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored</source>
        <translation>« %1 » n’a pas été rétabli</translation>
    </message>
    <message>
        <source>Add the template &quot;%1&quot;</source>
        <translation>Ajouter le modèle « %1 »</translation>
    </message>
    <message>
        <source>Remove the template &quot;%1&quot;</source>
        <translation>Supprimer le modèle « %1 »</translation>
    </message>
    <message>
        <source>Edit the template &quot;%1&quot;</source>
        <translation>Modifier le modèle « %1 »</translation>
    </message>
</context>
<context>
    <name>EmailsTab</name>
    <message>
        <source>&amp;Compose…</source>
        <translation>&amp;Rédiger…</translation>
    </message>
    <message>
        <source>Write an email to this lead; it is kept here and opened in your mail program</source>
        <translation>Écrire un e-mail à cette piste ; il est conservé ici et ouvert dans votre messagerie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Aperçu de l’e-mail</translation>
    </message>
    <message>
        <source>Save the lead first: emails are kept on a saved lead.</source>
        <translation>Enregistrez d’abord la piste : les e-mails sont conservés sur une piste enregistrée.</translation>
    </message>
    <message>
        <source>This lead is marked &quot;Do not email&quot;: no email can be sent to it.</source>
        <translation>Cette piste est marquée « Ne pas envoyer d’e-mail » : aucun e-mail ne peut lui être envoyé.</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc : %1</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Sélectionnez un e-mail pour le lire.</translation>
    </message>
    <message>
        <source>No email has been sent to this lead yet.</source>
        <translation>Aucun e-mail n’a encore été envoyé à cette piste.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc :</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé :</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message>
        <source>An event needs a subject.</source>
        <translation>Un événement doit avoir un objet.</translation>
    </message>
    <message>
        <source>An event needs a valid start date and time.</source>
        <translation>Un événement doit avoir une date et une heure de début valides.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fin est antérieure au début.</translation>
    </message>
    <message>
        <source>An event lasts at most 31 days.</source>
        <translation>Un événement dure au plus 31 jours.</translation>
    </message>
    <message>
        <source>%1 (lead #%2) is marked &quot;Do not call&quot;: no call can be scheduled.</source>
        <translation>%1 (piste n° %2) est marquée « Ne pas appeler » : aucun appel ne peut être planifié.</translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation>Il n’y a pas d’utilisateur n° %1.</translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 n’est pas un utilisateur actif.</translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation>La piste n° %1 est convertie et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>%1 scheduled: &quot;%2&quot; on %3 (%4 min).</source>
        <translation>Événement planifié : %1 « %2 » le %3 (%4 min).</translation>
    </message>
    <message>
        <source>There is no event #%1.</source>
        <translation>Il n’y a pas d’événement n° %1.</translation>
    </message>
    <message>
        <source>%1 changed: &quot;%2&quot; on %3 (%4 min), %5.</source>
        <translation>Événement modifié : %1 « %2 » le %3 (%4 min), %5.</translation>
    </message>
    <message>
        <source>%1 done: &quot;%2&quot;.</source>
        <translation>Événement fait : %1 « %2 ».</translation>
    </message>
    <message>
        <source>%1 cancelled: &quot;%2&quot;.</source>
        <translation>Événement annulé : %1 « %2 ».</translation>
    </message>
    <message>
        <source>%1 planned again: &quot;%2&quot;.</source>
        <translation>Événement replanifié : %1 « %2 ».</translation>
    </message>
    <message>
        <source>%1 removed: &quot;%2&quot; on %3.</source>
        <translation>Événement supprimé : %1 « %2 » le %3.</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>L’objet</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Schedule a call, meeting or task on this lead</source>
        <translation>Planifier un appel, un rendez-vous ou une tâche sur cette piste</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>Ca&amp;ncel event</source>
        <translation>Ann&amp;uler l’événement</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Save the lead first: events are scheduled on a saved lead.</source>
        <translation>Enregistrez d’abord la piste : les événements se planifient sur une piste enregistrée.</translation>
    </message>
    <message>
        <source>This lead is marked &quot;Do not call&quot;: meetings and tasks only.</source>
        <translation>Cette piste est marquée « Ne pas appeler » : rendez-vous et tâches uniquement.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>The event was not changed:</source>
        <translation>L’événement n’a pas été modifié :</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Delete the %1 &quot;%2&quot; of %3?</source>
        <translation>Supprimer l’événement « %2 » (%1) du %3 ?</translation>
    </message>
    <message>
        <source>The event was not deleted:</source>
        <translation>L’événement n’a pas été supprimé :</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation>Planifier « %1 »</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; done</source>
        <translation>Marquer « %1 » comme fait</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>Annuler « %1 »</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; again</source>
        <translation>Replanifier « %1 »</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Supprimer « %1 »</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;All lead fields (a file Quarry can import back)</source>
        <translation>&amp;Tous les champs de la piste (un fichier que Quarry peut réimporter)</translation>
    </message>
    <message>
        <source>The &amp;visible columns</source>
        <translation>Les colonnes &amp;visibles</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets in most of Europe)</source>
        <translation>Point-virgule (tableurs dans la plupart des pays d’Europe)</translation>
    </message>
    <message>
        <source>leads-%1.csv</source>
        <translation>pistes-%1.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export leads to</source>
        <translation>Exporter les pistes vers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <source>The %n lead(s) the view shows (its filters and sort)</source>
        <translation>
            <numerusform>%n piste que montre la vue (ses filtres et son tri)</numerusform>
            <numerusform>Les %n pistes que montre la vue (ses filtres et son tri)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected lead(s)</source>
        <translation>
            <numerusform>%n piste sélectionnée</numerusform>
            <numerusform>Les %n pistes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8 with a &amp;byte order mark (for spreadsheet programs)</source>
        <translation>UTF-8 avec &amp;indicateur d’ordre des octets (pour les tableurs)</translation>
    </message>
    <message>
        <source>Excel and other spreadsheet programs need the byte order mark to read accents right; leave it out for other programs.</source>
        <translation>Excel et les autres tableurs ont besoin de l’indicateur d’ordre des octets pour lire correctement les accents ; omettez-le pour les autres programmes.</translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation>Pistes :</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected lead(s)</source>
        <translation>
            <numerusform>Uniquement %n piste sélectionnée</numerusform>
            <numerusform>Uniquement les %n pistes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep formulas from &amp;running (= + - @ cells as text)</source>
        <translation>Empêcher &amp;les formules de s’exécuter (cellules = + - @ en texte)</translation>
    </message>
    <message>
        <source>A spreadsheet runs such a cell as a formula, which can leak data or start programs; as text it shows with a leading apostrophe hidden. Quarry&apos;s import takes it away again.</source>
        <translation>Un tableur exécute une telle cellule comme une formule, qui peut divulguer des données ou lancer des programmes ; en texte, elle s’affiche avec une apostrophe initiale masquée. L’import de Quarry la retire.</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exporter les pistes</translation>
    </message>
    <message>
        <source>CSV (comma-separated values, .csv)</source>
        <translation>CSV (valeurs séparées par des virgules, .csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>A workbook keeps numbers, dates and yes/no values typed, and its text cells never run as formulas.</source>
        <translation>Un classeur garde les nombres, les dates et les oui/non typés, et ses cellules de texte ne s’exécutent jamais comme des formules.</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>&amp;Type de fichier :</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FieldLimits</name>
    <message>
        <source>%1 is longer than %L2 characters (%L3).</source>
        <translation>%1 dépasse %L2 caractères (%L3).</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at position %L3.</source>
        <translation>%1 contient un caractère de contrôle (U+%2) en position %L3.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <source>%1 must be between -%2 and %2.</source>
        <translation>%1 doit être compris entre -%2 et %2.</translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1 (élément %2)</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European, Excel on Windows)</source>
        <translation>Windows-1252 (Europe occidentale, Excel sous Windows)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>The first rows as read:</source>
        <translation>Les premières lignes telles que lues :</translation>
    </message>
    <message>
        <source>Import leads from</source>
        <translation>Importer des pistes depuis</translation>
    </message>
    <message numerus="yes">
        <source>Detected: %1-separated, %2%3, %n column(s).</source>
        <translation>
            <numerusform>Détecté : séparateur %1, %2%3, %n colonne.</numerusform>
            <numerusform>Détecté : séparateur %1, %2%3, %n colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source> with byte order mark</source>
        <translation> avec indicateur d’ordre des octets</translation>
    </message>
    <message>
        <source>Path of a .csv, .txt, .xlsx, .ods or .vcf file</source>
        <translation>Chemin d’un fichier .csv, .txt, .xlsx, .ods ou .vcf</translation>
    </message>
    <message>
        <source>The line (or sheet row) that holds the column names; the lines above it are skipped.</source>
        <translation>La ligne (ou la ligne de la feuille) qui porte les noms des colonnes ; les lignes au-dessus sont ignorées.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Feu&amp;ille :</translation>
    </message>
    <message>
        <source>&amp;Header on line:</source>
        <translation>En-tête sur la &amp;ligne :</translation>
    </message>
    <message>
        <source>UTF-16 LE (Excel&apos;s &quot;Unicode Text&quot;)</source>
        <translation>UTF-16 LE (« Texte Unicode » d’Excel)</translation>
    </message>
    <message>
        <source>UTF-16 BE (Unicode, big-endian)</source>
        <translation>UTF-16 BE (Unicode, gros-boutiste)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with the euro sign)</source>
        <translation>ISO-8859-15 (Latin-9, avec le signe euro)</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.xlsx *.ods *.vcf);;CSV files (*.csv *.txt *.tsv);;Spreadsheets (*.xlsx *.ods);;Address books (*.vcf);;All files (*)</source>
        <translation>Contacts (*.csv *.txt *.tsv *.xlsx *.ods *.vcf);;Fichiers CSV (*.csv *.txt *.tsv);;Tableurs (*.xlsx *.ods);;Carnets d’adresses (*.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n column(s).</source>
        <translation>
            <numerusform>%1, %n colonne.</numerusform>
            <numerusform>%1, %n colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header is on line %1: the %n line(s) above it are skipped.</source>
        <translation>
            <numerusform>L’en-tête est sur la ligne %1 : la ligne au-dessus est ignorée.</numerusform>
            <numerusform>L’en-tête est sur la ligne %1 : les %n lignes au-dessus sont ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looks like a %1: its columns and values are matched for you.</source>
        <translation>On dirait un %1 : ses colonnes et ses valeurs sont reconnues pour vous.</translation>
    </message>
    <message>
        <source>Contacts exported from Google, Outlook, HubSpot, Salesforce, LinkedIn or another CRM, a spreadsheet or an address book (.vcf). Check below that the rows read right.</source>
        <translation>Des contacts exportés de Google, Outlook, HubSpot, Salesforce, LinkedIn ou d’un autre CRM, un tableur ou un carnet d’adresses (.vcf). Vérifiez ci-dessous que les lignes sont bien lues.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Annuler l’import…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Leads left as they are</source>
        <translation>Pistes laissées telles quelles</translation>
    </message>
    <message>
        <source>Remove the leads this import created and restore the values it replaced</source>
        <translation>Supprimer les pistes créées par cet import et rétablir les valeurs qu’il a remplacées</translation>
    </message>
    <message>
        <source>&amp;Imports of leads, newest first:</source>
        <translation>&amp;Imports de pistes, du plus récent au plus ancien :</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Annulé le %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n lead(s) created and restore %1 updated lead(s)?</source>
        <translation>
            <numerusform>Supprimer %n piste créée et rétablir %1 piste(s) mise(s) à jour ?</numerusform>
            <numerusform>Supprimer %n pistes créées et rétablir %1 piste(s) mise(s) à jour ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n lead(s) created by this import?</source>
        <translation>
            <numerusform>Supprimer la piste créée par cet import ?</numerusform>
            <numerusform>Supprimer les %n pistes créées par cet import ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the %n lead(s) this import updated?</source>
        <translation>
            <numerusform>Rétablir la piste que cet import a mise à jour ?</numerusform>
            <numerusform>Rétablir les %n pistes que cet import a mises à jour ?</numerusform>
        </translation>
    </message>
    <message>
        <source>No lead of this import is left: mark it as undone?</source>
        <translation>Il ne reste aucune piste de cet import : le marquer comme annulé ?</translation>
    </message>
    <message>
        <source>Leads changed since the import are left as they are.</source>
        <translation>Les pistes modifiées depuis l’import sont laissées telles quelles.</translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation>Annuler l’import de %1</translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>L’import n’a pas été annulé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n lead(s) removed, %1 restored.</source>
        <translation>
            <numerusform>Import annulé : %n piste supprimée, %1 rétablie(s).</numerusform>
            <numerusform>Import annulé : %n pistes supprimées, %1 rétablie(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) changed since the import were left as they are:</source>
        <translation>
            <numerusform>%n piste modifiée depuis l’import a été laissée telle quelle :</numerusform>
            <numerusform>%n pistes modifiées depuis l’import ont été laissées telles quelles :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (#%2): %3</source>
        <translation>%1 (n° %2) : %3</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>The import journal is written only inside an import.</source>
        <translation>Le journal des imports ne s’écrit que pendant un import.</translation>
    </message>
    <message>
        <source>There is no import #%1.</source>
        <translation>Il n’y a pas d’import n° %1.</translation>
    </message>
    <message>
        <source>Import #%1 was already undone (%2).</source>
        <translation>L’import n° %1 a déjà été annulé (%2).</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Piste n° %1</translation>
    </message>
    <message>
        <source>merged into lead #%1 since the import</source>
        <translation>fusionnée dans la piste n° %1 depuis l’import</translation>
    </message>
    <message>
        <source>other leads were merged into it since the import</source>
        <translation>d’autres pistes y ont été fusionnées depuis l’import</translation>
    </message>
    <message>
        <source>converted since the import</source>
        <translation>convertie depuis l’import</translation>
    </message>
    <message>
        <source>edited since the import</source>
        <translation>modifiée depuis l’import</translation>
    </message>
    <message>
        <source>events, emails, attachments or tickets were added to it since the import</source>
        <translation>des événements, e-mails, pièces jointes ou tickets y ont été ajoutés depuis l’import</translation>
    </message>
    <message>
        <source>its timeline has entries added since the import</source>
        <translation>son historique a reçu des entrées depuis l’import</translation>
    </message>
    <message>
        <source>edited since the import (last saved %1)</source>
        <translation>modifiée depuis l’import (dernier enregistrement %1)</translation>
    </message>
    <message>
        <source>the journal of its update is unreadable</source>
        <translation>le journal de sa mise à jour est illisible</translation>
    </message>
    <message>
        <source>Import #%1 undone</source>
        <translation>Import n° %1 annulé</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not a lead field.</source>
        <translation>Colonne « %1 » : « %2 » n’est pas un champ de piste.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2 is set by Quarry and cannot be imported.</source>
        <translation>Colonne « %1 » : %2 est défini par Quarry et ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; both fill %3; a field other than a list takes one column.</source>
        <translation>Les colonnes « %1 » et « %2 » remplissent toutes deux %3 ; un champ autre qu’une liste ne prend qu’une colonne.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the field must be a field name or null.</source>
        <translation>Colonne « %1 » : le champ doit être un nom de champ ou null.</translation>
    </message>
    <message>
        <source>Each column of the mapping needs a &quot;header&quot;.</source>
        <translation>Chaque colonne de la correspondance doit avoir un « header ».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping file (a JSON object): %2</source>
        <translation>%1 n’est pas un fichier de correspondance (un objet JSON) : %2</translation>
    </message>
    <message>
        <source>Full name (first and last name)</source>
        <translation>Nom complet (prénom et nom)</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: it is not a mapping file.</source>
        <translation>%1 dépasse 1 Mio : ce n’est pas un fichier de correspondance.</translation>
    </message>
    <message>
        <source>vCard address book</source>
        <translation>Carnet d’adresses vCard</translation>
    </message>
    <message>
        <source>&quot;values&quot; must map each field to its values.</source>
        <translation>« values » doit associer à chaque champ ses valeurs.</translation>
    </message>
    <message>
        <source>Values for &quot;%1&quot;: it is not a lead field.</source>
        <translation>Valeurs de « %1 » : ce n’est pas un champ de piste.</translation>
    </message>
    <message>
        <source>Values for &quot;%1&quot; must be an object of file value → choice.</source>
        <translation>Les valeurs de « %1 » doivent être un objet valeur du fichier → choix.</translation>
    </message>
    <message>
        <source>Value &quot;%1&quot; of &quot;%2&quot;: give an existing value&apos;s name, {&quot;create&quot;: NAME} or null.</source>
        <translation>Valeur « %1 » de « %2 » : donnez le nom d’une valeur existante, {&quot;create&quot;: NOM} ou null.</translation>
    </message>
    <message>
        <source>Name prefix (civility, or kept as an extra)</source>
        <translation>Préfixe du nom (civilité, ou gardé en extra)</translation>
    </message>
    <message>
        <source>Name suffix (joins the last name)</source>
        <translation>Suffixe du nom (rejoint le nom)</translation>
    </message>
    <message>
        <source>Street, further line (joins the street)</source>
        <translation>Rue, ligne suivante (rejoint la rue)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Champ de la piste</translation>
    </message>
    <message>
        <source>&amp;Match automatically</source>
        <translation>Faire correspondre &amp;automatiquement</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Choose a lead field for at least one column.</source>
        <translation>Choisissez un champ de piste pour au moins une colonne.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Kept as an imported extra</source>
        <translation>Gardée comme extra importé</translation>
    </message>
    <message numerus="yes">
        <source>Not imported (%n column(s)): %1</source>
        <translation>
            <numerusform>Non importée (%n colonne) : %1</numerusform>
            <numerusform>Non importées (%n colonnes) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the lead field each column fills. A column no field holds is kept as an imported extra; only columns set to &quot;Not imported&quot; are left out.</source>
        <translation>Choisissez le champ que remplit chaque colonne. Une colonne sans champ est gardée comme extra importé ; seules les colonnes « Non importée » sont laissées de côté.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Values given to every imported lead, and what to do with duplicates.</source>
        <translation>Valeurs données à chaque piste importée, et traitement des doublons.</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Trade fair 2026</source>
        <translation>Séparées par des virgules, p. ex. Salon 2026</translation>
    </message>
    <message>
        <source>Added to every imported lead; missing tags are created.</source>
        <translation>Ajoutées à chaque piste importée ; les étiquettes manquantes sont créées.</translation>
    </message>
    <message>
        <source>For every row</source>
        <translation>Pour chaque ligne</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Attribuée à :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>A row with the email or phone of an existing lead, or of an earlier row</source>
        <translation>Une ligne avec l’e-mail ou le téléphone d’une piste existante, ou d’une ligne précédente</translation>
    </message>
    <message>
        <source>S&amp;kip it: leave the existing lead as it is</source>
        <translation>L’&amp;ignorer : laisser la piste existante telle quelle</translation>
    </message>
    <message>
        <source>&amp;Update the existing lead: fill its blanks, add emails, phones and tags (nothing is overwritten)</source>
        <translation>&amp;Mettre à jour la piste existante : remplir ses champs vides, ajouter e-mails, téléphones et étiquettes (rien n’est écrasé)</translation>
    </message>
    <message>
        <source>&amp;Create a new lead anyway</source>
        <translation>&amp;Créer quand même une nouvelle piste</translation>
    </message>
    <message>
        <source>As in the file (else &quot;%1&quot;)</source>
        <translation>Comme dans le fichier (sinon « %1 »)</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Comme dans le fichier</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <source>What the import will do with the first %n row(s). Nothing is written yet.</source>
        <translation>
            <numerusform>Ce que l’import fera de %n ligne. Rien n’est encore écrit.</numerusform>
            <numerusform>Ce que l’import fera des %n premières lignes. Rien n’est encore écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problèmes et remarques</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Of the first %1 rows: %2 new, %3 updated, %4 skipped, %5 rejected. Rejected rows are listed in a report after the import.</source>
        <translation>Sur les %1 premières lignes : %2 nouvelles, %3 mises à jour, %4 ignorées, %5 rejetées. Les lignes rejetées sont listées dans un rapport après l’import.</translation>
    </message>
    <message>
        <source>lead #%1 (%2)</source>
        <translation>la piste n° %1 (%2)</translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation>la piste n° %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>Updates %1</source>
        <translation>Met à jour %1</translation>
    </message>
    <message>
        <source>Skipped: duplicate of %1</source>
        <translation>Ignorée : doublon de %1</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>&amp;Open the rejected rows report</source>
        <translation>&amp;Ouvrir le rapport des lignes rejetées</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>L’import a échoué ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>L’import a été annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Rows read&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;New leads&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Leads updated&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Duplicates skipped&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rows rejected&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;Lignes lues&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nouvelles pistes&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Pistes mises à jour&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Doublons ignorés&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lignes rejetées&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The report of the rejected rows could not be written.</source>
        <translation>Le rapport des lignes rejetées n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Each rejected row is in %1 with its line, its cells and the reason; fix the rows and import that file again.</source>
        <translation>Chaque ligne rejetée figure dans %1 avec son numéro, ses cellules et le motif ; corrigez les lignes et importez de nouveau ce fichier.</translation>
    </message>
    <message>
        <source>What the import did. The leads are in the lists now.</source>
        <translation>Ce que l’import a fait. Les pistes figurent désormais dans les listes.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why the row was rejected</source>
        <translation>Motif du rejet de la ligne</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Everything the import had done was undone.</source>
        <translation>Tout ce que l’import avait fait a été annulé.</translation>
    </message>
    <message>
        <source>The first %1 are listed below.</source>
        <translation>Les %1 premières sont listées ci-dessous.</translation>
    </message>
    <message>
        <source>Read as a %1.</source>
        <translation>Lu comme un %1.</translation>
    </message>
    <message>
        <source>This is import #%1: File &gt; Import history can undo it.</source>
        <translation>C’est l’import n° %1 : Fichier &gt; Historique des imports peut l’annuler.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of one cell (a title or a footer) were not read as rows.</source>
        <translation>
            <numerusform>%n ligne d’une seule cellule (un titre ou un pied de page) n’a pas été lue comme une ligne de données.</numerusform>
            <numerusform>%n lignes d’une seule cellule (un titre ou un pied de page) n’ont pas été lues comme des lignes de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Colonnes non importées : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; (%n row(s))</source>
        <translation>
            <numerusform>%1 « %2 » (%n ligne)</numerusform>
            <numerusform>%1 « %2 » (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that matched nothing, left empty: %1%2.</source>
        <translation>Valeurs sans correspondance, laissées vides : %1%2.</translation>
    </message>
</context>
<context>
    <name>ImportRowBuilder</name>
    <message>
        <source>There is no status &quot;%1&quot;.</source>
        <translation>Il n’y a pas de statut « %1 ».</translation>
    </message>
    <message>
        <source>A new lead cannot start as &quot;%1&quot;: convert or lose it instead.</source>
        <translation>Une nouvelle piste ne peut pas commencer avec le statut « %1 » : convertissez-la ou perdez-la plutôt.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 n’est pas un utilisateur actif.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; will be created.</source>
        <translation>L’étiquette « %1 » sera créée.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; will be created.</source>
        <translation>%1 : l’entrée « %2 » sera créée.</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; is a conversion: the lead comes in at the default status.</source>
        <translation>Le statut « %1 » est une conversion : la piste arrive au statut par défaut.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; matches nothing: left empty.</source>
        <translation>%1 « %2 » ne correspond à rien : laissé vide.</translation>
    </message>
    <message>
        <source>A new lead cannot start as &quot;%1&quot;: convert it instead.</source>
        <translation>Une nouvelle piste ne peut pas commencer en « %1 » : convertissez-la plutôt.</translation>
    </message>
    <message>
        <source>The name of a tag</source>
        <translation>Le nom d’une étiquette</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The whole import is one transaction: cancelling it, or any failure, leaves the leads as they were.</source>
        <translation>L’import entier est une seule transaction : l’annuler, ou tout échec, laisse les pistes telles qu’elles étaient.</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.
%1</source>
        <translation>L’import a échoué ; rien n’a été modifié.
%1</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was imported…</source>
        <translation>Annulation : retrait de ce qui a été importé…</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>No column of the file is matched to a lead field.</source>
        <translation>Aucune colonne du fichier ne correspond à un champ de piste.</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n cell(s) where the header has %2.</source>
        <translation>
            <numerusform>ligne %1 : %n cellule alors que l’en-tête en a %2.</numerusform>
            <numerusform>ligne %1 : %n cellules alors que l’en-tête en a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation>la piste n° %1</translation>
    </message>
    <message>
        <source>the row on line %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>Could not update lead #%1: %2</source>
        <translation>Impossible de mettre à jour la piste n° %1 : %2</translation>
    </message>
    <message>
        <source>same phone %1 and last name %2</source>
        <translation>même téléphone %1 et même nom %2</translation>
    </message>
    <message>
        <source>same phone %1 and company %2</source>
        <translation>même téléphone %1 et même société %2</translation>
    </message>
    <message>
        <source>same email %1</source>
        <translation>même e-mail %1</translation>
    </message>
    <message>
        <source>Duplicate of %1: %2.</source>
        <translation>Doublon de %1 : %2.</translation>
    </message>
    <message>
        <source>Fills the blanks of %1: %2.</source>
        <translation>Complète les champs vides de %1 : %2.</translation>
    </message>
    <message>
        <source>%1: %2 (kept: %3)</source>
        <translation>%1 : %2 (gardé : %3)</translation>
    </message>
    <message>
        <source>Import of %1, line %2: values not taken, as the lead had its own.
%3</source>
        <translation>Import de %1, ligne %2 : valeurs non reprises, la piste avait les siennes.
%3</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Quarry leads export</source>
        <translation>Export de pistes de Quarry</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>export de Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts export (older format)</source>
        <translation>export de Google Contacts (ancien format)</translation>
    </message>
    <message>
        <source>Outlook contacts export</source>
        <translation>export de contacts Outlook</translation>
    </message>
    <message>
        <source>HubSpot contacts export</source>
        <translation>export de contacts HubSpot</translation>
    </message>
    <message>
        <source>Salesforce Data Loader export</source>
        <translation>export Salesforce Data Loader</translation>
    </message>
    <message>
        <source>Salesforce leads report</source>
        <translation>rapport de pistes Salesforce</translation>
    </message>
    <message>
        <source>LinkedIn connections export</source>
        <translation>export des relations LinkedIn</translation>
    </message>
    <message>
        <source>Pipedrive people export</source>
        <translation>export de personnes Pipedrive</translation>
    </message>
    <message>
        <source>Zoho CRM leads export</source>
        <translation>export de pistes Zoho CRM</translation>
    </message>
    <message>
        <source>Odoo CRM export</source>
        <translation>export CRM d’Odoo</translation>
    </message>
    <message>
        <source>EspoCRM leads export</source>
        <translation>export de pistes EspoCRM</translation>
    </message>
</context>
<context>
    <name>ImportValuesPage</name>
    <message>
        <source>Match the values</source>
        <translation>Faire correspondre les valeurs</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>&amp;Create the other values that match nothing (beyond those listed), where the list allows it</source>
        <translation>&amp;Créer les autres valeurs sans correspondance (au-delà de celles listées), là où la liste le permet</translation>
    </message>
    <message>
        <source>Reading the values of the file…</source>
        <translation>Lecture des valeurs du fichier…</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Laisser vide</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation>Créer « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%1 — column &quot;%2&quot;, %n distinct value(s)</source>
        <translation>
            <numerusform>%1 — colonne « %2 », %n valeur distincte</numerusform>
            <numerusform>%1 — colonne « %2 », %n valeurs distinctes</numerusform>
        </translation>
    </message>
    <message>
        <source>What &quot;%1&quot; becomes</source>
        <translation>Ce que devient « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more value(s), less frequent</source>
        <translation>
            <numerusform>… et %n autre valeur, moins fréquente</numerusform>
            <numerusform>… et %n autres valeurs, moins fréquentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No column of the file holds list values: nothing to match.</source>
        <translation>Aucune colonne du fichier ne porte de valeurs de liste : rien à faire correspondre.</translation>
    </message>
    <message>
        <source>Every value matched one of Quarry&apos;s.</source>
        <translation>Chaque valeur correspond à une valeur de Quarry.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) match nothing yet: choose what each becomes, or leave them empty.</source>
        <translation>
            <numerusform>%n valeur ne correspond encore à rien : choisissez ce qu’elle devient, ou laissez-la vide.</numerusform>
            <numerusform>%n valeurs ne correspondent encore à rien : choisissez ce que devient chacune, ou laissez-les vides.</numerusform>
        </translation>
    </message>
    <message>
        <source>What each value of the file&apos;s list columns becomes. A value that matches nothing leaves the field empty unless you map it or create it; no row is refused because of a value.</source>
        <translation>Ce que devient chaque valeur des colonnes de liste du fichier. Une valeur sans correspondance laisse le champ vide, sauf si vous l’associez ou la créez ; aucune ligne n’est refusée pour une valeur.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Importer des pistes</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot open %1: no such file</source>
        <translation>impossible d’ouvrir %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe): choose a file.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube) : choisissez un fichier.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>KanbanCardDelegate</name>
    <message>
        <source>Today %1</source>
        <translation>Aujourd’hui %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Demain %1</translation>
    </message>
</context>
<context>
    <name>KanbanCardView</name>
    <message>
        <source>No leads</source>
        <translation>Aucune piste</translation>
    </message>
</context>
<context>
    <name>KanbanColumn</name>
    <message>
        <source>No leads</source>
        <translation>Aucune piste</translation>
    </message>
    <message>
        <source>No leads here</source>
        <translation>Aucune piste ici</translation>
    </message>
    <message>
        <source>Unfold &quot;%1&quot;</source>
        <translation>Déplier « %1 »</translation>
    </message>
    <message>
        <source>Fold &quot;%1&quot;</source>
        <translation>Replier « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation>
            <numerusform>%1 : %n piste</numerusform>
            <numerusform>%1 : %n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Convertir…</translation>
    </message>
    <message>
        <source>Lose…</source>
        <translation>Perdre…</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Déplacer ici</translation>
    </message>
</context>
<context>
    <name>KanbanPage</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Drag cards between columns to change their status</source>
        <translation>Faites glisser les cartes d’une colonne à l’autre pour changer leur statut</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n piste</numerusform>
            <numerusform>%n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtre</numerusform>
            <numerusform>%n filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Filtré : %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no.</source>
        <translation>%1 : « %2 » n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1 : « %2 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1 : « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>%1 : « %2 » n’est pas une date (utilisez AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time.</source>
        <translation>%1 : « %2 » n’est pas une date et heure.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1 : « %2 » ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>%1: there is no user &quot;%2&quot;.</source>
        <translation>%1 : il n’y a pas d’utilisateur « %2 ».</translation>
    </message>
    <message>
        <source>%1: there is no status &quot;%2&quot;.</source>
        <translation>%1 : il n’y a pas de statut « %2 ».</translation>
    </message>
    <message>
        <source>%1: there is no %2 &quot;%3&quot;.</source>
        <translation>%1 : il n’y a pas de %2 « %3 ».</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead field.</source>
        <translation>« %1 » n’est pas un champ de piste.</translation>
    </message>
    <message>
        <source>%1 is set by Quarry and cannot be typed.</source>
        <translation>%1 est défini par Quarry et ne peut pas être saisi.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is out of range (from -%3 to %3).</source>
        <translation>%1 : « %2 » est hors limites (de -%3 à %3).</translation>
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
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message>
        <source>Lose %1</source>
        <translation>Perdre %1</translation>
    </message>
    <message numerus="yes">
        <source>Lose %n lead(s)</source>
        <translation>
            <numerusform>Perdre %n piste</numerusform>
            <numerusform>Perdre %n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Rouvrir %1</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n lead(s)</source>
        <translation>
            <numerusform>Rouvrir %n piste</numerusform>
            <numerusform>Rouvrir %n pistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to the trash</source>
        <translation>
            <numerusform>Mettre %n piste à la corbeille</numerusform>
            <numerusform>Mettre %n pistes à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n lead(s) from the trash</source>
        <translation>
            <numerusform>Restaurer %n piste de la corbeille</numerusform>
            <numerusform>Restaurer %n pistes de la corbeille</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>&quot;%1&quot; is not a lead field.</source>
        <translation>« %1 » n’est pas un champ de piste.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 leads do not fit in an Excel sheet (%2 rows at most): export them as CSV, or fewer.</source>
        <translation>%1 pistes ne tiennent pas dans une feuille Excel (%2 lignes au plus) : exportez-les en CSV, ou moins à la fois.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
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
    <message>
        <source>Imported extras</source>
        <translation>Extras importés</translation>
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
    <message>
        <source>%1: %2 changed it at %3 to &quot;%4&quot; (yours: &quot;%5&quot;)</source>
        <translation>%1 : %2 l’a changé le %3 en « %4 » (le vôtre : « %5 »)</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: someone else changed %n of the fields you changed since you opened this lead.</source>
        <translation>
            <numerusform>Non enregistrée : quelqu’un d’autre a changé un champ que vous avez modifié depuis l’ouverture de cette piste.</numerusform>
            <numerusform>Non enregistrée : quelqu’un d’autre a changé %n des champs que vous avez modifiés depuis l’ouverture de cette piste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre les leurs</translation>
    </message>
    <message>
        <source>Their values are in the form; your other changes are still to be saved.</source>
        <translation>Leurs valeurs sont dans le formulaire ; vos autres modifications restent à enregistrer.</translation>
    </message>
    <message>
        <source>This lead was changed elsewhere meanwhile: the fields you have not touched show the new values.</source>
        <translation>Cette piste a été modifiée ailleurs entre-temps : les champs que vous n’avez pas touchés montrent les nouvelles valeurs.</translation>
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
        <translation>Une piste doit avoir au moins un nom ou un nom de société.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The country #%1 does not exist.</source>
        <translation>Le pays n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>The company TIN must have 9, 10 or 12 digits; &quot;%1&quot; does not.</source>
        <translation>Le numéro fiscal de la société doit comporter 9, 10 ou 12 chiffres ; « %1 » ne les a pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a website address.</source>
        <translation>« %1 » n’est pas une adresse de site web.</translation>
    </message>
    <message>
        <source>Lead scoring is from 0 to 5 stars; %1 is out of range.</source>
        <translation>La notation d’une piste va de 0 à 5 étoiles ; %1 est hors limites.</translation>
    </message>
    <message>
        <source>The latitude must be between -90 and 90.</source>
        <translation>La latitude doit être comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>The longitude must be between -180 and 180.</source>
        <translation>La longitude doit être comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>Geographic coordinates need both a latitude and a longitude.</source>
        <translation>Les coordonnées géographiques demandent une latitude et une longitude.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The exact budget is given only when &quot;Budget is set&quot; is ticked.</source>
        <translation>Le budget exact n’est indiqué que si « Budget défini » est coché.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the allowed values.</source>
        <translation>%1 : « %2 » ne fait pas partie des valeurs autorisées.</translation>
    </message>
    <message>
        <source>%1: the record #%2 does not exist.</source>
        <translation>%1 : l’enregistrement n° %2 n’existe pas.</translation>
    </message>
    <message>
        <source>Choose a sales direction before a product or service.</source>
        <translation>Choisissez une direction commerciale avant un produit ou service.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product of the chosen sales direction.</source>
        <translation>« %1 » n’est pas un produit de la direction commerciale choisie.</translation>
    </message>
    <message>
        <source>Name the decision maker: the contact person does not decide alone.</source>
        <translation>Nommez le décideur : l’interlocuteur ne décide pas seul.</translation>
    </message>
    <message>
        <source>Agencies management is off in the CRM options.</source>
        <translation>La gestion des agences est désactivée dans les options du CRM.</translation>
    </message>
    <message>
        <source>The existing contact does not belong to the existing company.</source>
        <translation>Le contact existant n’appartient pas à la société existante.</translation>
    </message>
    <message>
        <source>The partner contact does not belong to the partner company.</source>
        <translation>Le contact partenaire n’appartient pas à la société partenaire.</translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 n’est pas un utilisateur actif.</translation>
    </message>
    <message>
        <source>%1 is not a member of the lead&apos;s team.</source>
        <translation>%1 n’est pas membre de l’équipe de la piste.</translation>
    </message>
    <message>
        <source>The lead needs an existing status.</source>
        <translation>La piste doit avoir un statut existant.</translation>
    </message>
    <message>
        <source>A new lead cannot start as &quot;%1&quot;: convert or lose it instead.</source>
        <translation>Une nouvelle piste ne peut pas commencer avec le statut « %1 » : convertissez-la ou perdez-la plutôt.</translation>
    </message>
    <message>
        <source>A new lead starts on an open status; &quot;%1&quot; is closed.</source>
        <translation>Une nouvelle piste commence sur un statut ouvert ; « %1 » est fermé.</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Piste créée</translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation>Il n’y a pas de piste n° %1.</translation>
    </message>
    <message>
        <source>Lead #%1 was merged into lead #%2.</source>
        <translation>La piste n° %1 a été fusionnée dans la piste n° %2.</translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation>La piste n° %1 est convertie et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached only through %2.</source>
        <translation>« %1 » ne s’atteint que par %2.</translation>
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
        <translation>La piste n° %1 est perdue : rouvrez-la pour changer son statut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a closed status; a lead moves only to an open one.</source>
        <translation>« %1 » est un statut fermé ; une piste ne passe qu’à un statut ouvert.</translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation>Il n’y a pas d’utilisateur n° %1.</translation>
    </message>
    <message>
        <source>%1 is not a member of the team of lead #%2.</source>
        <translation>%1 n’est pas membre de l’équipe de la piste n° %2.</translation>
    </message>
    <message>
        <source>There is no status #%1.</source>
        <translation>Il n’y a pas de statut n° %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached only by converting the lead.</source>
        <translation>« %1 » ne s’atteint qu’en convertissant la piste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached only by losing the lead (with a reason).</source>
        <translation>« %1 » ne s’atteint qu’en perdant la piste (avec un motif).</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire doit contenir du texte.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Le commentaire</translation>
    </message>
    <message>
        <source>Lead #%1 is in the trash: restore it first.</source>
        <translation>La piste n° %1 est dans la corbeille : restaurez-la d’abord.</translation>
    </message>
    <message>
        <source>Lead #%1 is already in the trash.</source>
        <translation>La piste n° %1 est déjà dans la corbeille.</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Mise à la corbeille.</translation>
    </message>
    <message>
        <source>There is no lead #%1 (a lead emptied from the trash is gone).</source>
        <translation>Il n’y a pas de piste n° %1 (une piste vidée de la corbeille n’existe plus).</translation>
    </message>
    <message>
        <source>Lead #%1 is not in the trash.</source>
        <translation>La piste n° %1 n’est pas dans la corbeille.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Restaurée de la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>Only an admin can empty the trash; leads in it are removed for good after %n day(s).</source>
        <translation>
            <numerusform>Seul un administrateur peut vider la corbeille ; les pistes qu’elle contient sont supprimées définitivement après %n jour.</numerusform>
            <numerusform>Seul un administrateur peut vider la corbeille ; les pistes qu’elle contient sont supprimées définitivement après %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only its author or an admin can take a comment off the timeline.</source>
        <translation>Seul son auteur ou un administrateur peut retirer un commentaire de l’historique.</translation>
    </message>
    <message>
        <source>There is no such comment on lead #%1.</source>
        <translation>Ce commentaire n’existe pas sur la piste n° %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not assign leads to someone else.</source>
        <translation>%1 (%2) ne peut pas attribuer de pistes à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 to &quot;%4&quot; after you read lead #%5; yours (&quot;%6&quot;) was not saved.</source>
        <translation>%1 a été changé par %2 le %3 en « %4 » après votre lecture de la piste n° %5 ; le vôtre (« %6 ») n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 by %2 at %3: &quot;%4&quot; to &quot;%5&quot; (version %6)</source>
        <translation>%1 par %2 le %3 : « %4 » en « %5 » (version %6)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1 (%2) may not assign leads to someone else; a sales rep takes leads in charge.</source>
        <translation>%1 (%2) ne peut pas attribuer de pistes à quelqu’un d’autre ; un commercial prend les pistes en charge.</translation>
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
        <source>The leads could not be deleted</source>
        <translation>Les pistes n’ont pas pu être supprimées</translation>
    </message>
    <message>
        <source>Move to the tras&amp;h</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Bring the selected leads back from the trash, with everything on them (Ctrl+Shift+R)</source>
        <translation>Ramener de la corbeille les pistes sélectionnées, avec tout ce qu’elles portent (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>Supprimer dé&amp;finitivement…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n lead(s) left as they were (%2)</source>
        <translation>
            <numerusform>%1 ; %n piste laissée telle quelle (%2)</numerusform>
            <numerusform>%1 ; %n pistes laissées telles quelles (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be moved to the trash</source>
        <translation>Les pistes n’ont pas pu être mises à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) moved to the trash (Undo brings them back)</source>
        <translation>
            <numerusform>%n piste mise à la corbeille (Annuler la ramène)</numerusform>
            <numerusform>%n pistes mises à la corbeille (Annuler les ramène)</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads could not be restored</source>
        <translation>Les pistes n’ont pas pu être restaurées</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) restored from the trash</source>
        <translation>
            <numerusform>%n piste restaurée de la corbeille</numerusform>
            <numerusform>%n pistes restaurées de la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n lead(s) for good, with their events, emails, attachments and history?
This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement cette piste, avec ses événements, e-mails, pièces jointes et son historique ?
Cela ne peut pas être annulé.</numerusform>
            <numerusform>Supprimer définitivement ces %n pistes, avec leurs événements, e-mails, pièces jointes et leur historique ?
Cela ne peut pas être annulé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) deleted for good</source>
        <translation>
            <numerusform>%n piste supprimée définitivement</numerusform>
            <numerusform>%n pistes supprimées définitivement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoseDialog</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n piste</numerusform>
            <numerusform>%n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>Lose lead</source>
        <translation>Perdre la piste</translation>
    </message>
    <message>
        <source>Mark %1 as lost. The lead moves to the lost status and can be reopened later.</source>
        <translation>Déclarer la perte de %1. La piste passe au statut perdu et pourra être rouverte plus tard.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>Loss &amp;reason:</source>
        <translation>&amp;Motif de perte :</translation>
    </message>
    <message>
        <source>What happened, what was said, what could bring it back…</source>
        <translation>Ce qui s’est passé, ce qui a été dit, ce qui pourrait la faire revenir…</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>&amp;Lose</source>
        <translation>&amp;Perdre</translation>
    </message>
    <message>
        <source>The lead was not lost</source>
        <translation>La piste n’a pas été perdue</translation>
    </message>
    <message>
        <source>Lose leads</source>
        <translation>Perdre des pistes</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) lost; %1 left as they were:</source>
        <translation>
            <numerusform>%n piste perdue ; %1 laissée(s) telle(s) quelle(s) :</numerusform>
            <numerusform>%n pistes perdues ; %1 laissée(s) telle(s) quelle(s) :</numerusform>
        </translation>
    </message>
    <message>
        <source>No lead was lost</source>
        <translation>Aucune piste n’a été perdue</translation>
    </message>
</context>
<context>
    <name>LossService</name>
    <message>
        <source>Lead #%1 is converted and can no longer be lost.</source>
        <translation>La piste n° %1 est convertie et ne peut plus être perdue.</translation>
    </message>
    <message>
        <source>Lead #%1 is already lost.</source>
        <translation>La piste n° %1 est déjà perdue.</translation>
    </message>
    <message>
        <source>Choose the leads to lose.</source>
        <translation>Choisissez les pistes à perdre.</translation>
    </message>
    <message>
        <source>Choose a loss reason.</source>
        <translation>Choisissez un motif de perte.</translation>
    </message>
    <message>
        <source>There is no loss reason #%1.</source>
        <translation>Il n’y a pas de motif de perte n° %1.</translation>
    </message>
    <message>
        <source>No status is marked as the lost status in the CRM options.</source>
        <translation>Aucun statut n’est désigné comme statut de perte dans les options du CRM.</translation>
    </message>
    <message>
        <source>Lost: %1.</source>
        <translation>Perdue : %1.</translation>
    </message>
    <message>
        <source>Lost: %1. %2</source>
        <translation>Perdue : %1. %2</translation>
    </message>
    <message>
        <source>Lead #%1 is not lost: only a lost lead is reopened.</source>
        <translation>La piste n° %1 n’est pas perdue : seule une piste perdue peut être rouverte.</translation>
    </message>
    <message>
        <source>There is no status #%1.</source>
        <translation>Il n’y a pas de statut n° %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an open status: a lead is reopened on an open one.</source>
        <translation>« %1 » n’est pas un statut ouvert : une piste est rouverte sur un statut ouvert.</translation>
    </message>
    <message>
        <source>Reopened on &quot;%1&quot;.</source>
        <translation>Rouverte sur « %1 ».</translation>
    </message>
    <message>
        <source>The loss comment</source>
        <translation>Le commentaire de perte</translation>
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
        <translation>&amp;Importer des pistes…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Historique des im&amp;ports…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n lead(s)</source>
        <translation>
            <numerusform>Importer %n piste</numerusform>
            <numerusform>Importer %n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is not redone: import the file again (File &gt; Import leads…).</source>
        <translation>Un import ne se rétablit pas : importez de nouveau le fichier (Fichier &gt; Importer des pistes…).</translation>
    </message>
    <message>
        <source>Lead #%1 (%2) was left as it is: %3</source>
        <translation>La piste n° %1 (%2) a été laissée telle quelle : %3</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in the trash for more than %1 days removed for good</source>
        <translation>
            <numerusform>%n piste dans la corbeille depuis plus de %1 jours supprimée définitivement</numerusform>
            <numerusform>%n pistes dans la corbeille depuis plus de %1 jours supprimées définitivement</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardée dans %1</translation>
    </message>
    <message>
        <source>Changes made elsewhere are shown</source>
        <translation>Les modifications faites ailleurs sont affichées</translation>
    </message>
    <message>
        <source>&amp;Connect to a team server…</source>
        <translation>Se &amp;connecter à un serveur d’équipe…</translation>
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
    <name>MergePlanDialog</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation>piste n° %1</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n lead(s) will be merged into %1.&lt;/b&gt; Blank fields of the master are filled from the others, oldest first; emails, phones and tags are united; events, emails, attachments and the activity move to the master. The merged leads leave every list; the merge is written on the master&apos;s timeline and can be undone.</source>
        <translation>
            <numerusform>&lt;b&gt;%n piste sera fusionnée dans %1.&lt;/b&gt; Les champs vides de la piste principale sont remplis à partir des autres, de la plus ancienne à la plus récente ; les e-mails, téléphones et étiquettes sont réunis ; les événements, e-mails, pièces jointes et l’activité passent à la piste principale. Les pistes fusionnées quittent toutes les listes ; la fusion est inscrite dans l’historique de la piste principale et peut être annulée.</numerusform>
            <numerusform>&lt;b&gt;%n pistes seront fusionnées dans %1.&lt;/b&gt; Les champs vides de la piste principale sont remplis à partir des autres, de la plus ancienne à la plus récente ; les e-mails, téléphones et étiquettes sont réunis ; les événements, e-mails, pièces jointes et l’activité passent à la piste principale. Les pistes fusionnées quittent toutes les listes ; la fusion est inscrite dans l’historique de la piste principale et peut être annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the master receives:</source>
        <translation>Ce que reçoit la piste principale :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Added to the master&apos;s list or text</source>
        <translation>Ajouté à la liste ou au texte de la piste principale</translation>
    </message>
    <message>
        <source>Fills a blank field of the master</source>
        <translation>Remplit un champ vide de la piste principale</translation>
    </message>
    <message>
        <source>Nothing: the master already has every value.</source>
        <translation>Rien : la piste principale a déjà toutes les valeurs.</translation>
    </message>
    <message>
        <source>Values not kept on the master (written on its timeline, so nothing is lost):</source>
        <translation>Valeurs non conservées sur la piste principale (inscrites dans son historique, donc rien n’est perdu) :</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Non conservée</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>Choose at least one lead to merge into lead #%1.</source>
        <translation>Choisissez au moins une piste à fusionner dans la piste n° %1.</translation>
    </message>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation>La piste n° %1 est convertie et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Merged %1 into this lead (merge #%2).</source>
        <translation>Fusion de %1 dans cette piste (fusion n° %2).</translation>
    </message>
    <message>
        <source>Added from lead #%1.</source>
        <translation>Ajouté depuis la piste n° %1.</translation>
    </message>
    <message>
        <source>Filled from lead #%1.</source>
        <translation>Rempli depuis la piste n° %1.</translation>
    </message>
    <message>
        <source>Value of lead #%1 not kept; the master&apos;s value stays.</source>
        <translation>Valeur de la piste n° %1 non conservée ; la valeur de la piste principale reste.</translation>
    </message>
    <message>
        <source>Merged into lead #%1 (merge #%2).</source>
        <translation>Fusionnée dans la piste n° %1 (fusion n° %2).</translation>
    </message>
    <message>
        <source>Merge #%1 was already undone.</source>
        <translation>La fusion n° %1 a déjà été annulée.</translation>
    </message>
    <message>
        <source>Lead #%1, the master of merge #%2, no longer exists.</source>
        <translation>La piste n° %1, principale de la fusion n° %2, n’existe plus.</translation>
    </message>
    <message>
        <source>Lead #%1 was merged into lead #%2 since: undo that merge first.</source>
        <translation>La piste n° %1 a depuis été fusionnée dans la piste n° %2 : annulez d’abord cette fusion.</translation>
    </message>
    <message>
        <source>Lead #%1 took part in a later merge: undo that merge first.</source>
        <translation>La piste n° %1 a pris part à une fusion ultérieure : annulez d’abord cette fusion.</translation>
    </message>
    <message>
        <source>Lead #%1 was converted after merge #%2, which can no longer be undone.</source>
        <translation>La piste n° %1 a été convertie après la fusion n° %2, qui ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>The journal of merge #%1 is unreadable; it cannot be undone.</source>
        <translation>Le journal de la fusion n° %1 est illisible ; elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Merge #%1 undone: leads %2 are back.</source>
        <translation>Fusion n° %1 annulée : les pistes %2 sont de retour.</translation>
    </message>
    <message>
        <source>Edited since the merge and kept: %1.</source>
        <translation>Modifié depuis la fusion et conservé : %1.</translation>
    </message>
    <message>
        <source>Merge #%1 into lead #%2 undone: this lead is back.</source>
        <translation>Fusion n° %1 dans la piste n° %2 annulée : cette piste est de retour.</translation>
    </message>
    <message>
        <source>There is no merge #%1.</source>
        <translation>Il n’y a pas de fusion n° %1.</translation>
    </message>
    <message>
        <source>Lead #%1 of merge #%2 was deleted since; the merge cannot be undone.</source>
        <translation>La piste n° %1 de la fusion n° %2 a été supprimée depuis ; la fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Lead #%1, the master of merge #%2, is in the trash: restore it first.</source>
        <translation>La piste n° %1, principale de la fusion n° %2, est dans la corbeille : restaurez-la d’abord.</translation>
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
    <message numerus="yes">
        <source>Deleted leads, kept %n day(s) with everything on them</source>
        <translation>
            <numerusform>Les pistes supprimées, gardées %n jour avec tout ce qu’elles portent</numerusform>
            <numerusform>Les pistes supprimées, gardées %n jours avec tout ce qu’elles portent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>the spreadsheet</source>
        <translation>le tableur</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is an old .xls file or a password-protected Excel workbook: save it as .ods or .xlsx without a password.</source>
        <translation>%1 est un ancien fichier .xls ou un classeur Excel protégé par mot de passe : enregistrez-le en .ods ou .xlsx sans mot de passe.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument spreadsheet (.ods): it is not a zip archive.</source>
        <translation>%1 n’est pas un tableur OpenDocument (.ods) : ce n’est pas une archive zip.</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook (.xlsx), not an OpenDocument spreadsheet.</source>
        <translation>%1 est un classeur Excel (.xlsx), pas un tableur OpenDocument.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument spreadsheet (it is %2).</source>
        <translation>%1 n’est pas un tableur OpenDocument (c’est %2).</translation>
    </message>
    <message>
        <source>%1 is password-protected: save it again without a password.</source>
        <translation>%1 est protégé par mot de passe : enregistrez-le à nouveau sans mot de passe.</translation>
    </message>
    <message>
        <source>%1 has no content.xml: not an OpenDocument spreadsheet (.ods).</source>
        <translation>%1 n’a pas de content.xml : ce n’est pas un tableur OpenDocument (.ods).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (content.xml): %2</source>
        <translation>%1 (content.xml) : %2</translation>
    </message>
    <message>
        <source>%1 has no table.</source>
        <translation>%1 n’a aucune feuille.</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot; (its sheets: %3).</source>
        <translation>%1 n’a pas de feuille « %2 » (ses feuilles : %3).</translation>
    </message>
    <message>
        <source>a cell of column %1 is longer than %2 characters</source>
        <translation>une cellule de la colonne %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>cells past column %1</source>
        <translation>des cellules au-delà de la colonne %1</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: %4</source>
        <translation>%1, feuille « %2 », ligne %3 : %4</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: content.xml ends inside the sheet</source>
        <translation>%1, feuille « %2 » : content.xml se termine au milieu de la feuille</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Search opportunity, partner, lead…</source>
        <translation>Rechercher une opportunité, un partenaire, une piste…</translation>
    </message>
    <message>
        <source>Search opportunities</source>
        <translation>Rechercher des opportunités</translation>
    </message>
    <message>
        <source>No opportunity matches &quot;%1&quot;.</source>
        <translation>Aucune opportunité ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No opportunities yet.
Convert a lead and choose to generate an opportunity.</source>
        <translation>Aucune opportunité pour l’instant.
Convertissez une piste en choisissant de générer une opportunité.</translation>
    </message>
    <message>
        <source>1 opportunity</source>
        <translation>1 opportunité</translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation>%1 opportunités</translation>
    </message>
</context>
<context>
    <name>OpportunityDetails</name>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>Montant attendu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Conclusion prévue</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Save opportunity</source>
        <translation>Enregistrer l’opportunité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The opportunity was not saved</source>
        <translation>L’opportunité n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
</context>
<context>
    <name>OpportunityListModel</name>
    <message>
        <source>Expected close date</source>
        <translation>Date de conclusion prévue</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>Montant attendu</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de conclusion</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>From lead</source>
        <translation>Issue de la piste</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>CRM options</source>
        <translation>Options du CRM</translation>
    </message>
    <message>
        <source>How leads are worked in this database. Changes are saved at once.</source>
        <translation>Façon de travailler les pistes dans cette base. Les modifications sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>Working leads</source>
        <translation>Travail des pistes</translation>
    </message>
    <message>
        <source>Agencies management</source>
        <translation>Gestion des agences</translation>
    </message>
    <message>
        <source>Leads belong to an agency; the agency field is shown on leads.</source>
        <translation>Les pistes appartiennent à une agence ; le champ agence est affiché sur les pistes.</translation>
    </message>
    <message>
        <source>Manage statuses on prospect partner</source>
        <translation>Gérer les statuts des partenaires prospects</translation>
    </message>
    <message>
        <source>Converting asks the partner status; a prospect whose status becomes Won is a customer.</source>
        <translation>La conversion demande le statut du partenaire ; un prospect dont le statut devient Gagné est un client.</translation>
    </message>
    <message>
        <source>Restrict functions to the list</source>
        <translation>Limiter les fonctions à la liste</translation>
    </message>
    <message>
        <source>Contact functions come only from the predefined list: no &quot;+&quot; on the lead form.</source>
        <translation>Les fonctions des contacts proviennent uniquement de la liste prédéfinie : pas de « + » sur la fiche de la piste.</translation>
    </message>
    <message>
        <source>Assign only team members</source>
        <translation>Attribuer uniquement aux membres de l’équipe</translation>
    </message>
    <message>
        <source>A lead of a team may be assigned only to a member of that team.</source>
        <translation>Une piste d’une équipe ne peut être attribuée qu’à un membre de cette équipe.</translation>
    </message>
    <message>
        <source>Attachment size limit</source>
        <translation>Taille maximale des pièces jointes</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Champs obligatoires</translation>
    </message>
    <message>
        <source>Besides a last name or a company name, a lead must have:</source>
        <translation>Outre un nom ou un nom de société, une piste doit avoir :</translation>
    </message>
    <message>
        <source>The option was not saved</source>
        <translation>L’option n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Once a day Quarry copies the database beside it, in a folder named after it; File &gt; Restore a backup… puts one back.</source>
        <translation>Une fois par jour, Quarry copie la base à côté d’elle, dans un dossier qui porte son nom ; Fichier &gt; Restaurer une sauvegarde… en remet une en place.</translation>
    </message>
    <message>
        <source>Change the option %1</source>
        <translation>Modifier l’option %1</translation>
    </message>
</context>
<context>
    <name>OptionsService</name>
    <message>
        <source>Answer yes or no.</source>
        <translation>Répondez oui ou non.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead field that can be required.</source>
        <translation>« %1 » n’est pas un champ de piste qui peut être rendu obligatoire.</translation>
    </message>
    <message>
        <source>Give a positive number of bytes.</source>
        <translation>Indiquez un nombre d’octets positif.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Options: %2</source>
        <translation>Option inconnue « %1 ». Options : %2</translation>
    </message>
    <message>
        <source>Only an admin can change attachment_max_bytes.</source>
        <translation>Seul un administrateur peut modifier attachment_max_bytes.</translation>
    </message>
    <message>
        <source>attachment_max_bytes is at most %1 bytes (100 MiB): attachments live in the database file and are read whole into memory.</source>
        <translation>attachment_max_bytes vaut au plus %1 octets (100 Mio) : les pièces jointes sont stockées dans le fichier de la base et lues entières en mémoire.</translation>
    </message>
    <message>
        <source>Give a number of daily backups from 0 (none) to %1.</source>
        <translation>Indiquez un nombre de sauvegardes quotidiennes de 0 (aucune) à %1.</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>Name the file to write.</source>
        <translation>Nommez le fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 is %2, a file SQLite keeps beside the open database: writing there would destroy the database. Choose another file.</source>
        <translation>%1 est %2, un fichier que SQLite garde à côté de la base ouverte : y écrire détruirait la base. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is the open database: writing there would destroy it. Choose another file.</source>
        <translation>%1 est la base ouverte : y écrire la détruirait. Choisissez un autre fichier.</translation>
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
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <source>Country</source>
        <translation>Pays</translation>
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
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>TIN</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation>9, 10 ou 12 chiffres</translation>
    </message>
    <message>
        <source>A prospect set to a won status becomes a customer.</source>
        <translation>Un prospect passé à un statut gagné devient client.</translation>
    </message>
    <message>
        <source>Prospect status</source>
        <translation>Statut du prospect</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Enregistrer le partenaire</translation>
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
        <source>Converted from</source>
        <translation>Issu de</translation>
    </message>
    <message>
        <source>Double-click to open the lead</source>
        <translation>Double-cliquez pour ouvrir la piste</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Ouvrir la piste</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (makes a customer)</source>
        <translation>%1 (en fait un client)</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>Aucun contact.</translation>
    </message>
    <message>
        <source>No opportunities.</source>
        <translation>Aucune opportunité.</translation>
    </message>
    <message>
        <source>No lead was converted into this partner.</source>
        <translation>Aucune piste n’a été convertie en ce partenaire.</translation>
    </message>
    <message>
        <source>The partner was not saved</source>
        <translation>Le partenaire n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved. %1 is now a customer.</source>
        <translation>Enregistré. %1 est désormais client.</translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Prospect status</source>
        <translation>Statut du prospect</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
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
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>PartnerQueries</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Affactureur</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>A partner needs a name.</source>
        <translation>Un partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>The company TIN must have 9, 10 or 12 digits; &quot;%1&quot; does not.</source>
        <translation>Le numéro fiscal de la société doit comporter 9, 10 ou 12 chiffres ; « %1 » ne les a pas.</translation>
    </message>
    <message>
        <source>Partner #%1 already has the TIN %2.</source>
        <translation>Le partenaire n° %1 a déjà le numéro fiscal %2.</translation>
    </message>
    <message>
        <source>Scoring is from 0 to 5 stars; %1 is out of range.</source>
        <translation>La notation va de 0 à 5 étoiles ; %1 est hors limites.</translation>
    </message>
    <message>
        <source>There is no prospect status #%1.</source>
        <translation>Il n’y a pas de statut de prospect n° %1.</translation>
    </message>
    <message>
        <source>There is no partner #%1.</source>
        <translation>Il n’y a pas de partenaire n° %1.</translation>
    </message>
    <message>
        <source>Prospect statuses are off: turn on &quot;Manage statuses on prospect partner&quot; in the CRM options.</source>
        <translation>Les statuts de prospect sont désactivés : activez « Gérer les statuts des partenaires prospects » dans les options du CRM.</translation>
    </message>
    <message>
        <source>There is no contact #%1.</source>
        <translation>Il n’y a pas de contact n° %1.</translation>
    </message>
    <message>
        <source>A contact needs a first or last name.</source>
        <translation>Un contact doit avoir un prénom ou un nom.</translation>
    </message>
    <message>
        <source>There is no opportunity #%1.</source>
        <translation>Il n’y a pas d’opportunité n° %1.</translation>
    </message>
    <message>
        <source>An opportunity needs a name.</source>
        <translation>Une opportunité doit avoir un nom.</translation>
    </message>
    <message>
        <source>The expected amount cannot be negative.</source>
        <translation>Le montant attendu ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opportunity stage.</source>
        <translation>« %1 » n’est pas une étape d’opportunité.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>The expected amount</source>
        <translation>Le montant attendu</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Search name, city, email, phone, TIN…</source>
        <translation>Rechercher un nom, une ville, un e-mail, un téléphone, un numéro fiscal…</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Rechercher des partenaires</translation>
    </message>
    <message>
        <source>No partner matches &quot;%1&quot;.</source>
        <translation>Aucun partenaire ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No partners yet.
Convert a lead to create a partner.</source>
        <translation>Aucun partenaire pour l’instant.
Convertissez une piste pour créer un partenaire.</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>1 partenaire</translation>
    </message>
    <message>
        <source>%1 partners</source>
        <translation>%1 partenaires</translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>The bulk load failed (%1): %2</source>
        <translation>Le chargement en masse a échoué (%1) : %2</translation>
    </message>
    <message>
        <source>The bulk load cannot start: %1</source>
        <translation>Le chargement en masse ne peut pas commencer : %1</translation>
    </message>
    <message>
        <source>No lead ids could be reserved: %1</source>
        <translation>Aucun identifiant de piste n’a pu être réservé : %1</translation>
    </message>
</context>
<context>
    <name>PostgresDump</name>
    <message>
        <source>%1 was not backed up: pg_dump failed (%2).</source>
        <translation>%1 n’a pas été sauvegardée : pg_dump a échoué (%2).</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Quarry team database (pg_dump&apos;s custom format).</source>
        <translation>%1 n’est pas une sauvegarde d’une base d’équipe Quarry (format personnalisé de pg_dump).</translation>
    </message>
    <message>
        <source>%1 holds no schema version: it is not a whole backup of a Quarry team database.</source>
        <translation>%1 ne contient pas de version de schéma : ce n’est pas une sauvegarde complète d’une base d’équipe Quarry.</translation>
    </message>
    <message>
        <source>%1 was not restored: pg_restore failed (%2). The database was not changed.</source>
        <translation>%1 n’a pas été restaurée : pg_restore a échoué (%2). La base n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>The sales direction of the new product</source>
        <translation>La direction commerciale du nouveau produit</translation>
    </message>
    <message>
        <source>Sales direction</source>
        <translation>Direction commerciale</translation>
    </message>
    <message>
        <source>Add a sales direction first</source>
        <translation>Ajoutez d’abord une direction commerciale</translation>
    </message>
    <message>
        <source>Select a product to change its sales direction. A lead offers only the products of its direction.</source>
        <translation>Sélectionnez un produit pour changer sa direction commerciale. Une piste ne propose que les produits de sa direction.</translation>
    </message>
    <message>
        <source>The direction &quot;%1&quot; belongs to.</source>
        <translation>La direction à laquelle « %1 » appartient.</translation>
    </message>
    <message>
        <source>The direction of &quot;%1&quot; was not changed</source>
        <translation>La direction de « %1 » n’a pas été modifiée</translation>
    </message>
    <message>
        <source>Change the direction of &quot;%1&quot;</source>
        <translation>Changer la direction de « %1 »</translation>
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
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Ouvrir la piste</translation>
    </message>
    <message>
        <source>From lead</source>
        <translation>Piste d’origine</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Piste n° %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Select a row to see it here.</source>
        <translation>Sélectionnez une ligne pour l’afficher ici.</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <source>This lead is converted: it is kept as it was and takes no new entries.</source>
        <translation>Cette piste est convertie : elle est conservée telle quelle et ne reçoit plus de nouvelles entrées.</translation>
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
        <translation>Importer des villes</translation>
    </message>
    <message>
        <source>Import industries</source>
        <translation>Importer des secteurs d’activité</translation>
    </message>
    <message>
        <source>A CSV with the columns name, postal code, region and country (ISO code or name), or a GeoNames dump such as cities500.txt. Cities already known are rejected.</source>
        <translation>Un CSV avec les colonnes nom, code postal, région et pays (code ISO ou nom), ou un export GeoNames tel que cities500.txt. Les villes déjà connues sont rejetées.</translation>
    </message>
    <message>
        <source>A CSV with one industry per line, with or without a header row. Industries already known (case and accents ignored) are rejected.</source>
        <translation>Un CSV avec un secteur d’activité par ligne, avec ou sans ligne d’en-tête. Les secteurs déjà connus (sans tenir compte de la casse ni des accents) sont rejetés.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Open the rejected rows report</source>
        <translation>&amp;Ouvrir le rapport des lignes rejetées</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cities (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Villes (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.
%1</source>
        <translation>L’import a échoué ; rien n’a été modifié.
%1</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>L’import a été annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 imported, %3 rejected.</source>
        <translation>%1 lignes lues : %2 importées, %3 rejetées.</translation>
    </message>
</context>
<context>
    <name>ReferenceImportService</name>
    <message>
        <source>There is no country with the code or name &quot;%1&quot;.</source>
        <translation>Il n’y a pas de pays avec le code ou le nom « %1 ».</translation>
    </message>
    <message>
        <source>The coordinates &quot;%1&quot;, &quot;%2&quot; are not a latitude and a longitude.</source>
        <translation>Les coordonnées « %1 », « %2 » ne sont pas une latitude et une longitude.</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n cell(s) where the header has %2.</source>
        <translation>
            <numerusform>ligne %1 : %n cellule alors que l’en-tête en a %2.</numerusform>
            <numerusform>ligne %1 : %n cellules alors que l’en-tête en a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n column(s) where GeoNames has 19.</source>
        <translation>
            <numerusform>ligne %1 : %n colonne alors que GeoNames en a 19.</numerusform>
            <numerusform>ligne %1 : %n colonnes alors que GeoNames en a 19.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 of %2 is longer than 1 MiB: this is not a GeoNames dump.</source>
        <translation>la ligne %1 de %2 dépasse 1 Mio : ce n’est pas un export GeoNames.</translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Double-click or press F2 to rename.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour renommer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not renamed</source>
        <translation>« %1 » n’a pas été renommé</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer « %1 » en « %2 »</translation>
    </message>
</context>
<context>
    <name>ReferenceListPage</name>
    <message>
        <source>New %1…</source>
        <translation>Nouvelle entrée (%1)…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter (%1)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 was not added</source>
        <translation>L’entrée n’a pas été ajoutée (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed</source>
        <translation>« %1 » n’a pas été retiré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed.</source>
        <translation>« %1 » a été retiré.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not put back</source>
        <translation>« %1 » n’a pas été rétabli</translation>
    </message>
    <message>
        <source>The job titles of contacts. Unless the CRM options restrict them to this list, users may add one from a lead.</source>
        <translation>Les fonctions des contacts. Sauf si les options CRM les limitent à cette liste, les utilisateurs peuvent en ajouter une depuis une piste.</translation>
    </message>
    <message>
        <source>The reasons offered when a lead is lost.</source>
        <translation>Les motifs proposés lorsqu’une piste est perdue.</translation>
    </message>
    <message>
        <source>Sales teams and their members. With the option on, a team&apos;s leads go only to its members.</source>
        <translation>Les équipes commerciales et leurs membres. Avec l’option activée, les pistes d’une équipe ne vont qu’à ses membres.</translation>
    </message>
    <message>
        <source>Agencies, used on leads when agencies management is on in the CRM options.</source>
        <translation>Les agences, utilisées sur les pistes lorsque la gestion des agences est activée dans les options CRM.</translation>
    </message>
    <message>
        <source>The companies of a multi-company setup; each lead belongs to one.</source>
        <translation>Les sociétés d’une configuration multisociété ; chaque piste appartient à l’une d’elles.</translation>
    </message>
    <message>
        <source>Tags mark leads with a name and a colour, shown as chips on cards and in the grid.</source>
        <translation>Les étiquettes marquent les pistes d’un nom et d’une couleur, affichés en pastilles sur les cartes et dans la grille.</translation>
    </message>
    <message>
        <source>The products and services of interest, each within a sales direction.</source>
        <translation>Les produits et services qui intéressent, chacun dans une direction commerciale.</translation>
    </message>
    <message>
        <source>Countries with their two-letter ISO 3166 code.</source>
        <translation>Les pays, avec leur code ISO 3166 à deux lettres.</translation>
    </message>
    <message>
        <source>Named static lists of leads for marketing.</source>
        <translation>Des listes statiques nommées de pistes, pour le marketing.</translation>
    </message>
    <message>
        <source>The entries users choose from on a lead. Names are unique without regard to case and accents; an entry that leads use cannot be removed.</source>
        <translation>Les entrées parmi lesquelles les utilisateurs choisissent sur une piste. Les noms sont uniques sans tenir compte de la casse ni des accents ; une entrée utilisée par des pistes ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Retirer « %1 »</translation>
    </message>
</context>
<context>
    <name>ReferenceService</name>
    <message>
        <source>This list cannot be edited here.</source>
        <translation>Cette liste ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>A %1 needs a name.</source>
        <translation>Un nom est requis (%1).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; already exists (names are compared without case and accents).</source>
        <translation>« %2 » existe déjà (%1 ; les noms sont comparés sans tenir compte de la casse ni des accents).</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation>La couleur « %1 » n’est pas de la forme #rrvvbb.</translation>
    </message>
    <message>
        <source>A country needs a two-letter ISO 3166 code.</source>
        <translation>Un pays doit avoir un code ISO 3166 à deux lettres.</translation>
    </message>
    <message>
        <source>The country code %1 is taken.</source>
        <translation>Le code de pays %1 est déjà pris.</translation>
    </message>
    <message>
        <source>A product belongs to a sales direction.</source>
        <translation>Un produit appartient à une direction commerciale.</translation>
    </message>
    <message>
        <source>There is no %1 #%2.</source>
        <translation>%1 n° %2 introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 &quot;%2&quot; is used by %n lead(s); change them first.</source>
        <translation>
            <numerusform>« %2 » (%1) est utilisé par %n piste ; modifiez-la d’abord.</numerusform>
            <numerusform>« %2 » (%1) est utilisé par %n pistes ; modifiez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source> Functions are restricted to the predefined list.</source>
        <translation> Les fonctions sont limitées à la liste prédéfinie.</translation>
    </message>
    <message>
        <source>There is no %1 named &quot;%2&quot;.%3</source>
        <translation>%1 « %2 » introuvable.%3</translation>
    </message>
    <message>
        <source>A city needs a name.</source>
        <translation>Une ville doit avoir un nom.</translation>
    </message>
    <message>
        <source>The city &quot;%1&quot; (%2) already exists.</source>
        <translation>La ville « %1 » (%2) existe déjà.</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>secteur d’activité</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>loss reason</source>
        <translation>motif de perte</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agence</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>sales direction</source>
        <translation>direction commerciale</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>distribution channel</source>
        <translation>canal de diffusion</translation>
    </message>
    <message>
        <source>location</source>
        <translation>site</translation>
    </message>
    <message>
        <source>marketing list</source>
        <translation>liste marketing</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>The name of a %1</source>
        <translation>Le nom d’un(e) %1</translation>
    </message>
    <message>
        <source>There is no city #%1.</source>
        <translation>Il n’y a pas de ville n° %1.</translation>
    </message>
    <message>
        <source>The city &quot;%1&quot; is used by leads; change them first.</source>
        <translation>La ville « %1 » est utilisée par des pistes ; modifiez-les d’abord.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen lead</source>
        <translation>Rouvrir la piste</translation>
    </message>
    <message>
        <source>Put %1 back on an open status. The loss reason and comment are cleared; the activity keeps them.</source>
        <translation>Remettre %1 sur un statut ouvert. Le motif et le commentaire de perte sont effacés ; l’activité les conserve.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>The lead was not reopened</source>
        <translation>La piste n’a pas été rouverte</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There is no automatic backup beside %1 yet. Choose a backup file made with quarry-cli backup or copied elsewhere.</source>
        <translation>Il n’y a pas encore de sauvegarde automatique à côté de %1. Choisissez un fichier de sauvegarde fait avec quarry-cli backup ou copié ailleurs.</translation>
    </message>
    <message>
        <source>The backups of %1, newest first. The database as it is now is kept beside it before the backup takes its place.</source>
        <translation>Les sauvegardes de %1, les plus récentes d’abord. La base telle qu’elle est maintenant est conservée à côté avant que la sauvegarde prenne sa place.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Before the upgrade to schema %1</source>
        <translation>Avant la mise à niveau au schéma %1</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Quarry backups (*.sqlite *.db *.quarry);;All files (*)</source>
        <translation>Sauvegardes Quarry (*.sqlite *.db *.quarry);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Put the backup of %1 in the place of the database?</source>
        <translation>Mettre la sauvegarde du %1 à la place de la base ?</translation>
    </message>
    <message>
        <source>What was changed since the backup is not in it. The database as it is now is kept beside it, so nothing is lost: %1</source>
        <translation>Ce qui a changé depuis la sauvegarde n’y est pas. La base telle qu’elle est maintenant est conservée à côté, rien n’est perdu : %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>The backup was restored. The database it replaced is kept as %1.</source>
        <translation>La sauvegarde a été restaurée. La base qu’elle remplace est conservée sous %1.</translation>
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
    <name>Role</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Responsable commercial</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Partner user</source>
        <translation>Utilisateur partenaire</translation>
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
    <name>ScheduleEventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>Schedule an event</source>
        <translation>Planifier un événement</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>De quoi s’agit-il ?</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>Ét&amp;at :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Piste n° %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Piste : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>One event on each of %n lead(s): %1</source>
        <translation>
            <numerusform>Un événement sur chacune des %n piste : %1</numerusform>
            <numerusform>Un événement sur chacune des %n pistes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The event was not saved:</source>
        <translation>L’événement n’a pas été enregistré :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Scheduled on %1 of %2 leads. Not scheduled on these (change the event and try again, or close):</source>
        <translation>Planifié sur %1 pistes sur %2. Non planifié sur celles-ci (modifiez l’événement et réessayez, ou fermez) :</translation>
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
        <translation>Statuts des pistes</translation>
    </message>
    <message>
        <source>The stages a lead goes through, in the order of the kanban columns. Drag a status to reorder it, double-click its name to rename it. Closed statuses list under Closed leads.</source>
        <translation>Les étapes que traverse une piste, dans l’ordre des colonnes du kanban. Faites glisser un statut pour le déplacer, double-cliquez sur son nom pour le renommer. Les statuts fermés sont listés sous Pistes fermées.</translation>
    </message>
    <message>
        <source>New status…</source>
        <translation>Nouveau statut…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Which status new leads start in, and which ones Convert and Lose move leads to. New leads need an open status; converted and lost, closed ones.</source>
        <translation>Le statut de départ des nouvelles pistes, et ceux vers lesquels Convertir et Perdre déplacent les pistes. Les nouvelles pistes demandent un statut ouvert ; les pistes converties et perdues, des statuts fermés.</translation>
    </message>
    <message>
        <source>New leads start in</source>
        <translation>Les nouvelles pistes commencent à</translation>
    </message>
    <message>
        <source>Convert moves to</source>
        <translation>Convertir déplace vers</translation>
    </message>
    <message>
        <source>Lose moves to</source>
        <translation>Perdre déplace vers</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (fermé)</translation>
    </message>
    <message>
        <source>The status was not added</source>
        <translation>Le statut n’a pas été ajouté</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was not removed</source>
        <translation>Le statut « %1 » n’a pas été retiré</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was removed.</source>
        <translation>Le statut « %1 » a été retiré.</translation>
    </message>
    <message>
        <source>The role was not changed</source>
        <translation>Le rôle n’a pas été modifié</translation>
    </message>
    <message>
        <source>Remove status</source>
        <translation>Retirer le statut</translation>
    </message>
    <message>
        <source>Remove the status &quot;%1&quot;?</source>
        <translation>Retirer le statut « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have the status &quot;%1&quot;. Move them to:</source>
        <translation>
            <numerusform>%n piste a le statut « %1 ». La déplacer vers :</numerusform>
            <numerusform>%n pistes ont le statut « %1 ». Les déplacer vers :</numerusform>
        </translation>
    </message>
    <message>
        <source>Move and remove</source>
        <translation>Déplacer et retirer</translation>
    </message>
    <message>
        <source>Give the role to &quot;%1&quot;</source>
        <translation>Donner le rôle à « %1 »</translation>
    </message>
    <message>
        <source>Add the status &quot;%1&quot;</source>
        <translation>Ajouter le statut « %1 »</translation>
    </message>
    <message>
        <source>Remove the status &quot;%1&quot;</source>
        <translation>Supprimer le statut « %1 »</translation>
    </message>
</context>
<context>
    <name>StatusListModel</name>
    <message>
        <source>New leads</source>
        <translation>Nouvelles pistes</translation>
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
        <translation>Double-cliquez pour renommer ; faites glisser pour réordonner.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was not renamed</source>
        <translation>Le statut « %1 » n’a pas été renommé</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was not opened</source>
        <translation>Le statut « %1 » n’a pas été ouvert</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was not closed</source>
        <translation>Le statut « %1 » n’a pas été fermé</translation>
    </message>
    <message>
        <source>There is no such place in the list.</source>
        <translation>Cette position n’existe pas dans la liste.</translation>
    </message>
    <message>
        <source>The statuses were not reordered</source>
        <translation>Les statuts n’ont pas été réordonnés</translation>
    </message>
    <message>
        <source>Rename the status &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer le statut « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Open the status &quot;%1&quot;</source>
        <translation>Ouvrir le statut « %1 »</translation>
    </message>
    <message>
        <source>Close the status &quot;%1&quot;</source>
        <translation>Fermer le statut « %1 »</translation>
    </message>
    <message>
        <source>Move the status &quot;%1&quot;</source>
        <translation>Déplacer le statut « %1 »</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>A status needs a name.</source>
        <translation>Un statut doit avoir un nom.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; already exists.</source>
        <translation>Le statut « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is no status #%1 to add after.</source>
        <translation>Il n’y a pas de statut n° %1 après lequel ajouter.</translation>
    </message>
    <message>
        <source>There is no status #%1.</source>
        <translation>Il n’y a pas de statut n° %1.</translation>
    </message>
    <message>
        <source>The position must be between 1 and %1.</source>
        <translation>La position doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>A new order must name every status once.</source>
        <translation>Un nouvel ordre doit nommer chaque statut une seule fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the status of new leads and must stay open.</source>
        <translation>« %1 » est le statut des nouvelles pistes et doit rester ouvert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the %2 status and must stay closed.</source>
        <translation>« %1 » est le statut du rôle « %2 » et doit rester fermé.</translation>
    </message>
    <message>
        <source>The role must be new, converted or lost.</source>
        <translation>Le rôle doit être nouvelles pistes, converti ou perdu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the %2 status; a status holds one role.</source>
        <translation>« %1 » a déjà le rôle « %2 » ; un statut n’a qu’un rôle.</translation>
    </message>
    <message>
        <source>The status of new leads must be open; &quot;%1&quot; is closed.</source>
        <translation>Le statut des nouvelles pistes doit être ouvert ; « %1 » est fermé.</translation>
    </message>
    <message>
        <source>The %1 status must be closed; &quot;%2&quot; is open.</source>
        <translation>Le statut du rôle « %1 » doit être fermé ; « %2 » est ouvert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the %2 status; give that role to another status first.</source>
        <translation>« %1 » a le rôle « %2 » ; donnez d’abord ce rôle à un autre statut.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have the status &quot;%1&quot;; move them to another status first.</source>
        <translation>
            <numerusform>%n piste a le statut « %1 » ; déplacez-la d’abord vers un autre statut.</numerusform>
            <numerusform>%n pistes ont le statut « %1 » ; déplacez-les d’abord vers un autre statut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another existing status for the leads of &quot;%1&quot;.</source>
        <translation>Choisissez un autre statut existant pour les pistes de « %1 ».</translation>
    </message>
    <message>
        <source>Leads cannot be moved to &quot;%1&quot;: it is reached only by converting or losing a lead.</source>
        <translation>Les pistes ne peuvent pas être déplacées vers « %1 » : ce statut ne s’atteint qu’en convertissant ou en perdant une piste.</translation>
    </message>
    <message>
        <source>new leads</source>
        <translation>nouvelles pistes</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>convertie</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <source>The name of a status</source>
        <translation>Le nom d’un statut</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>CSV text</source>
        <translation>Texte CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Tableur OpenDocument</translation>
    </message>
    <message>
        <source>vCard address book</source>
        <translation>Carnet d’adresses vCard</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation>%1 est vide : il n’y a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>%1 has no row on line %2 to read as the header.</source>
        <translation>%1 n’a pas de ligne %2 à lire comme en-tête.</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>La ligne d’en-tête est mal formée : %1</translation>
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
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Choose the tag&apos;s colour</source>
        <translation>Choisir la couleur de l’étiquette</translation>
    </message>
    <message>
        <source>Select a tag to change its colour.</source>
        <translation>Sélectionnez une étiquette pour changer sa couleur.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The colour of &quot;%1&quot; on cards, chips and in the grid.</source>
        <translation>La couleur de « %1 » sur les cartes, les puces et dans la grille.</translation>
    </message>
    <message>
        <source>The colour of &quot;%1&quot; was not changed</source>
        <translation>La couleur de « %1 » n’a pas été modifiée</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <source>Change the colour of &quot;%1&quot;</source>
        <translation>Changer la couleur de « %1 »</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <source>Team server</source>
        <translation>Serveur d’équipe</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>votre identifiant</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Select a team to choose its members.</source>
        <translation>Sélectionnez une équipe pour choisir ses membres.</translation>
    </message>
    <message>
        <source>Who works in &quot;%1&quot;. With the CRM option on, its leads are assigned only to them.</source>
        <translation>Qui travaille dans « %1 ». Avec l’option du CRM activée, ses pistes ne sont attribuées qu’à ces personnes.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>The members of &quot;%1&quot; were not changed</source>
        <translation>Les membres de « %1 » n’ont pas été modifiés</translation>
    </message>
    <message>
        <source>Change the members of &quot;%1&quot;</source>
        <translation>Changer les membres de « %1 »</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>Lead #%1 is converted and can no longer be changed.</source>
        <translation>La piste n° %1 est convertie et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>Un ticket doit avoir un objet.</translation>
    </message>
    <message>
        <source>Ticket #%1 opened: &quot;%2&quot;.</source>
        <translation>Ticket n° %1 ouvert : « %2 ».</translation>
    </message>
    <message>
        <source>There is no ticket #%1.</source>
        <translation>Il n’y a pas de ticket n° %1.</translation>
    </message>
    <message>
        <source>Ticket #%1 is already open.</source>
        <translation>Le ticket n° %1 est déjà ouvert.</translation>
    </message>
    <message>
        <source>Ticket #%1 is already closed.</source>
        <translation>Le ticket n° %1 est déjà fermé.</translation>
    </message>
    <message>
        <source>Ticket #%1 reopened: &quot;%2&quot;.</source>
        <translation>Ticket n° %1 rouvert : « %2 ».</translation>
    </message>
    <message>
        <source>Ticket #%1 closed: &quot;%2&quot;.</source>
        <translation>Ticket n° %1 fermé : « %2 ».</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>Open a request linked to this lead</source>
        <translation>Ouvrir une demande liée à cette piste</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Close ticket</source>
        <translation>&amp;Fermer le ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé le</translation>
    </message>
    <message>
        <source>Save the lead first: tickets are opened on a saved lead.</source>
        <translation>Enregistrez d’abord la piste : les tickets s’ouvrent sur une piste enregistrée.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Re&amp;open ticket</source>
        <translation>&amp;Rouvrir le ticket</translation>
    </message>
    <message>
        <source>The ticket was not opened:</source>
        <translation>Le ticket n’a pas été ouvert :</translation>
    </message>
    <message>
        <source>The ticket was not changed:</source>
        <translation>Le ticket n’a pas été modifié :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Edit ticket</source>
        <translation>Modifier le ticket</translation>
    </message>
    <message>
        <source>The ticket was not saved:</source>
        <translation>Le ticket n’a pas été enregistré :</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user needs a login.</source>
        <translation>Un utilisateur doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; may hold only letters, digits and . _ @ -.</source>
        <translation>L’identifiant « %1 » ne peut contenir que des lettres, des chiffres et . _ @ -.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation>L’identifiant « %1 » est déjà pris.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation>Il n’y a pas d’utilisateur n° %1.</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>L’identifiant</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The email</source>
        <translation>L’e-mail</translation>
    </message>
    <message>
        <source>A partner user works for a partner company: give its id (--partner ID).</source>
        <translation>Un utilisateur partenaire travaille pour une société partenaire : donnez son identifiant (--partner ID).</translation>
    </message>
    <message>
        <source>Only a partner user is linked to a partner company.</source>
        <translation>Seul un utilisateur partenaire est lié à une société partenaire.</translation>
    </message>
    <message>
        <source>%1 is the last active admin: make another user an admin first.</source>
        <translation>%1 est le dernier administrateur actif : nommez d’abord un autre administrateur.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>A SQLite file has no passwords: whoever may open the file works in it, as the users it knows. Passwords are a team server&apos;s (a postgresql:// database).</source>
        <translation>Un fichier SQLite n’a pas de mots de passe : qui peut ouvrir le fichier y travaille, sous les utilisateurs qu’il connaît. Les mots de passe sont ceux d’un serveur d’équipe (une base postgresql://).</translation>
    </message>
    <message>
        <source>A password cannot be empty.</source>
        <translation>Un mot de passe ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Active (can be assigned leads)</source>
        <translation>Actif (reçoit des pistes)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
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
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>  · inactive</source>
        <translation>  · inactif</translation>
    </message>
    <message>
        <source>No teams yet (see Teams)</source>
        <translation>Aucune équipe (voir Équipes)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>The teams of the user were not saved</source>
        <translation>Les équipes de l’utilisateur n’ont pas été enregistrées</translation>
    </message>
    <message>
        <source>The user was not saved</source>
        <translation>L’utilisateur n’a pas été enregistré</translation>
    </message>
    <message>
        <source>The user was not added</source>
        <translation>L’utilisateur n’a pas été ajouté</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 a été enregistré.</translation>
    </message>
    <message>
        <source>The people who work in Quarry. Only active users can be assigned leads; each one&apos;s role says what they see and do.</source>
        <translation>Les personnes qui travaillent dans Quarry. Seuls les utilisateurs actifs peuvent recevoir des pistes ; le rôle de chacun dit ce qu’il voit et fait.</translation>
    </message>
    <message>
        <source>Admin: everything. Sales manager: the leads of their teams, assigns. Sales rep: their leads and the unassigned ones. Marketing: open leads, marketing fields, imports. Partner user: the leads of their company.</source>
        <translation>Administrateur : tout. Responsable commercial : les pistes de ses équipes, attribue. Commercial : ses pistes et celles sans responsable. Marketing : pistes ouvertes, champs marketing, imports. Utilisateur partenaire : les pistes de sa société.</translation>
    </message>
    <message>
        <source>The partner company a partner user works for: they see the leads it is the partner of.</source>
        <translation>La société partenaire pour laquelle travaille un utilisateur partenaire : il voit les pistes dont elle est le partenaire.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Partner company</source>
        <translation>Société partenaire</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The user is gone.</source>
        <translation>L’utilisateur n’existe plus.</translation>
    </message>
    <message>
        <source>Edit the user %1</source>
        <translation>Modifier l’utilisateur %1</translation>
    </message>
    <message>
        <source>Add the user %1</source>
        <translation>Ajouter l’utilisateur %1</translation>
    </message>
</context>
<context>
    <name>Vcard</name>
    <message>
        <source>Home page</source>
        <translation>Page personnelle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Bipeur</translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation>Fax (domicile)</translation>
    </message>
    <message>
        <source>Work fax</source>
        <translation>Fax (travail)</translation>
    </message>
    <message>
        <source>Other fax</source>
        <translation>Autre fax</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>Frère</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>Sœur</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Profil social</translation>
    </message>
    <message>
        <source>Related name</source>
        <translation>Nom associé</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Geographic position</source>
        <translation>Position géographique</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phonetic first name</source>
        <translation>Prénom phonétique</translation>
    </message>
    <message>
        <source>Phonetic middle name</source>
        <translation>Deuxième prénom phonétique</translation>
    </message>
    <message>
        <source>Phonetic last name</source>
        <translation>Nom phonétique</translation>
    </message>
    <message>
        <source>Phonetic company</source>
        <translation>Société phonétique</translation>
    </message>
    <message>
        <source>Maiden name</source>
        <translation>Nom de jeune fille</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>Loisir</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Centre d’intérêt</translation>
    </message>
    <message>
        <source>Free/busy URL</source>
        <translation>URL de disponibilité</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Unité d’organisation</translation>
    </message>
    <message>
        <source> ext. </source>
        <translation> poste </translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Website (%1)</source>
        <translation>Site web (%1)</translation>
    </message>
    <message>
        <source>Address (%1)</source>
        <translation>Adresse (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file: choose a vCard file.</source>
        <translation>%1 n’est pas un fichier ordinaire : choisissez un fichier vCard.</translation>
    </message>
    <message>
        <source>the vCard input is not open for reading</source>
        <translation>l’entrée vCard n’est pas ouverte en lecture</translation>
    </message>
    <message>
        <source>the vCard input is empty</source>
        <translation>l’entrée vCard est vide</translation>
    </message>
    <message>
        <source>the input is not a vCard file: it does not start with BEGIN:VCARD</source>
        <translation>l’entrée n’est pas un fichier vCard : elle ne commence pas par BEGIN:VCARD</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no vCard.</source>
        <translation>%1 est vide : il ne contient aucune vCard.</translation>
    </message>
    <message>
        <source>%1 is not a vCard file: it does not start with BEGIN:VCARD.</source>
        <translation>%1 n’est pas un fichier vCard : il ne commence pas par BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>cannot read the vCard input: %1</source>
        <translation>impossible de lire l’entrée vCard : %1</translation>
    </message>
    <message>
        <source>line %1: the card is larger than %2 and was not read</source>
        <translation>ligne %1 : la fiche dépasse %2 et n’a pas été lue</translation>
    </message>
    <message>
        <source>line %1: the card has no END:VCARD (it runs to line %2)</source>
        <translation>ligne %1 : la fiche n’a pas de END:VCARD (elle court jusqu’à la ligne %2)</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <source>Convert lead</source>
        <translation>Convertir la piste</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>Piste convertie</translation>
    </message>
    <message>
        <source>Convert %1</source>
        <translation>Convertir %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n lead(s) into %1</source>
        <translation>
            <numerusform>Fusionner %n piste dans %1</numerusform>
            <numerusform>Fusionner %n pistes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation>Planifier « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n event(s)</source>
        <translation>
            <numerusform>Planifier %n événement</numerusform>
            <numerusform>Planifier %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Log the email &quot;%1&quot;</source>
        <translation>Consigner l’e-mail « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Log %n email(s)</source>
        <translation>
            <numerusform>Consigner %n e-mail</numerusform>
            <numerusform>Consigner %n e-mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>User %1 is deactivated: an admin can activate them again in Configuration &gt; Users.</source>
        <translation>L’utilisateur %1 est désactivé : un administrateur peut le réactiver dans Configuration &gt; Utilisateurs.</translation>
    </message>
    <message>
        <source>There is no user %1 in %2: an admin adds users (Configuration &gt; Users, or quarry-cli user add %1 --role ROLE).</source>
        <translation>Il n’y a pas d’utilisateur %1 dans %2 : un administrateur ajoute les utilisateurs (Configuration &gt; Utilisateurs, ou quarry-cli user add %1 --role ROLE).</translation>
    </message>
    <message>
        <source>On %1 you act as the login you connect with (%2), not as %3.</source>
        <translation>Sur %1, vous agissez sous l’identifiant de votre connexion (%2), pas sous %3.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>le classeur</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is a password-protected workbook or an old .xls file: save it as .xlsx (Excel Workbook) without a password.</source>
        <translation>%1 est un classeur protégé par mot de passe ou un ancien fichier .xls : enregistrez-le en .xlsx (Classeur Excel) sans mot de passe.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 n’est pas un classeur Excel (.xlsx) : ce n’est pas une archive zip.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: %3</source>
        <translation>%1, feuille « %2 » : %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods), not an Excel workbook.</source>
        <translation>%1 est un tableur OpenDocument (.ods), pas un classeur Excel.</translation>
    </message>
    <message>
        <source>%1 is a password-protected workbook: save it as .xlsx without a password.</source>
        <translation>%1 est un classeur protégé par mot de passe : enregistrez-le en .xlsx sans mot de passe.</translation>
    </message>
    <message>
        <source>%1 is a zip archive without a workbook: not an Excel workbook (.xlsx).</source>
        <translation>%1 est une archive zip sans classeur : ce n’est pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 n’a aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot; (its sheets: %3).</source>
        <translation>%1 n’a pas de feuille « %2 » (ses feuilles : %3).</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>la chaîne partagée %1 n’existe pas</translation>
    </message>
    <message>
        <source>cell %1%2 is longer than %3 characters</source>
        <translation>la cellule %1%2 dépasse %3 caractères</translation>
    </message>
    <message>
        <source>cell %1%2: %3</source>
        <translation>cellule %1%2 : %3</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3: %4</source>
        <translation>%1, feuille « %2 », ligne %3 : %4</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, after row %3: %4</source>
        <translation>%1, feuille « %2 », après la ligne %3 : %4</translation>
    </message>
    <message>
        <source>a cell past column %1</source>
        <translation>une cellule au-delà de la colonne %1</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1: more rows than an Excel sheet holds (%2).</source>
        <translation>%1 : plus de lignes qu’une feuille Excel n’en contient (%2).</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 cannot be written: %4</source>
        <translation>%1 : la ligne %2, colonne %3 ne peut pas être écrite : %4</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 est déjà ouvert.</translation>
    </message>
    <message>
        <source>No file to write to.</source>
        <translation>Aucun fichier où écrire.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written (the workbook could not be created).</source>
        <translation>%1 ne peut pas être écrit (le classeur n’a pas pu être créé).</translation>
    </message>
    <message>
        <source>%1 cannot be written (the sheet could not be created).</source>
        <translation>%1 ne peut pas être écrit (la feuille n’a pas pu être créée).</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 n’est pas ouvert.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the finished workbook could not be moved into place.</source>
        <translation>%1 ne peut pas être écrit : le classeur terminé n’a pas pu être mis en place.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: a spreadsheet must be a file, not a stream.</source>
        <translation>%1 ne peut pas être lu : un tableur doit être un fichier, pas un flux.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive, or a damaged one (%2).</source>
        <translation>%1 n’est pas une archive zip, ou une archive endommagée (%2).</translation>
    </message>
    <message>
        <source>%1 lists %2 entries: too many for a spreadsheet.</source>
        <translation>%1 liste %2 entrées : trop pour un tableur.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive.</source>
        <translation>%1 est une archive zip endommagée.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive.</source>
        <translation>%1 n’est pas une archive zip.</translation>
    </message>
    <message>
        <source>%1 has no part %2.</source>
        <translation>%1 n’a pas de partie %2.</translation>
    </message>
    <message>
        <source>%1 is password-protected: save it again without a password.</source>
        <translation>%1 est protégé par mot de passe : enregistrez-le à nouveau sans mot de passe.</translation>
    </message>
    <message>
        <source>%1: part %2 would inflate to %3 bytes, above the limit of %4.</source>
        <translation>%1 : la partie %2 se décompresserait en %3 octets, au-delà de la limite de %4.</translation>
    </message>
    <message>
        <source>%1: part %2 inflates %3 times: a zip bomb, not a spreadsheet.</source>
        <translation>%1 : la partie %2 se décompresse %3 fois : une bombe zip, pas un tableur.</translation>
    </message>
    <message>
        <source>%1: part %2 cannot be read (%3).</source>
        <translation>%1 : la partie %2 ne peut pas être lue (%3).</translation>
    </message>
    <message>
        <source>%1: no part is open.</source>
        <translation>%1 : aucune partie n’est ouverte.</translation>
    </message>
    <message>
        <source>%1: part %2 is damaged (%3).</source>
        <translation>%1 : la partie %2 est endommagée (%3).</translation>
    </message>
    <message>
        <source>%1: part %2 inflates past the limit of %3 bytes.</source>
        <translation>%1 : la partie %2 se décompresse au-delà de la limite de %3 octets.</translation>
    </message>
    <message>
        <source>%1: part %2 inflates more than %3 times: a zip bomb, not a spreadsheet.</source>
        <translation>%1 : la partie %2 se décompresse plus de %3 fois : une bombe zip, pas un tableur.</translation>
    </message>
</context>
<context>
    <name>ZipXmlStream</name>
    <message>
        <source>the XML ends early (line %1)</source>
        <translation>le XML se termine trop tôt (ligne %1)</translation>
    </message>
    <message>
        <source>malformed XML at line %1: %2</source>
        <translation>XML mal formé à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>malformed XML at line %1: a document type declaration is not allowed</source>
        <translation>XML mal formé à la ligne %1 : une déclaration de type de document n’est pas permise</translation>
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
    <message>
        <source>Work as the user &lt;login&gt; (one of the database&apos;s users; the OS login by default).</source>
        <translation>Travailler en tant que l’utilisateur &lt;login&gt; (un des utilisateurs de la base ; par défaut l’identifiant du système).</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>Utiliser le fichier de cet ordinateur</translation>
    </message>
</context>
</TS>
