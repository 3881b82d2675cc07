<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangeStatusCommand</name>
    <message numerus="yes">
        <source>Move %n lead(s) to %1</source>
        <translation>
            <numerusform>Move %n lead to %1</numerusform>
            <numerusform>Move %n leads to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeEmailDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One email to each of %n lead(s): %1</source>
        <translation>
            <numerusform>One email to %n lead: %1</numerusform>
            <numerusform>One email to each of %n leads: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) will get no email:</source>
        <translation>
            <numerusform>%n lead will get no email:</numerusform>
            <numerusform>%n leads will get no email:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>Among the %n selected lead(s)</source>
        <translation>
            <numerusform>Among the %n selected lead</numerusform>
            <numerusform>Among the %n selected leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicates found.</source>
        <translation>
            <numerusform>%n group of duplicates found.</numerusform>
            <numerusform>%n groups of duplicates found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 — %n lead(s), master: %2</source>
        <translation>
            <numerusform>Group %1 — %n lead, master: %2</numerusform>
            <numerusform>Group %1 — %n leads, master: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) merged into “%1”.</source>
        <translation>
            <numerusform>%n lead merged into “%1”.</numerusform>
            <numerusform>%n leads merged into “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) marked as not duplicates: they will not be proposed together again.</source>
        <translation>
            <numerusform>%n lead marked as not duplicates: they will not be proposed together again.</numerusform>
            <numerusform>%n leads marked as not duplicates: they will not be proposed together again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicates left.</source>
        <translation>
            <numerusform>%n group of duplicates left.</numerusform>
            <numerusform>%n groups of duplicates left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The %n lead(s) the view shows (its filters and sort)</source>
        <translation>
            <numerusform>The %n lead the view shows (its filters and sort)</numerusform>
            <numerusform>The %n leads the view shows (its filters and sort)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected lead(s)</source>
        <translation>
            <numerusform>The %n selected lead</numerusform>
            <numerusform>The %n selected leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected lead(s)</source>
        <translation>
            <numerusform>Only the %n selected lead</numerusform>
            <numerusform>Only the %n selected leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message numerus="yes">
        <source>Detected: %1-separated, %2%3, %n column(s).</source>
        <translation>
            <numerusform>Detected: %1-separated, %2%3, %n column.</numerusform>
            <numerusform>Detected: %1-separated, %2%3, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n column(s).</source>
        <translation>
            <numerusform>%1, %n column.</numerusform>
            <numerusform>%1, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header is on line %1: the %n line(s) above it are skipped.</source>
        <translation>
            <numerusform>The header is on line %1: the line above it is skipped.</numerusform>
            <numerusform>The header is on line %1: the %n lines above it are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
        <source>Remove %n lead(s) created and restore %1 updated lead(s)?</source>
        <translation>
            <numerusform>Remove %n lead created and restore %1 updated lead(s)?</numerusform>
            <numerusform>Remove %n leads created and restore %1 updated lead(s)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n lead(s) created by this import?</source>
        <translation>
            <numerusform>Remove the lead created by this import?</numerusform>
            <numerusform>Remove the %n leads created by this import?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the %n lead(s) this import updated?</source>
        <translation>
            <numerusform>Restore the lead this import updated?</numerusform>
            <numerusform>Restore the %n leads this import updated?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n lead(s) removed, %1 restored.</source>
        <translation>
            <numerusform>Import undone: %n lead removed, %1 restored.</numerusform>
            <numerusform>Import undone: %n leads removed, %1 restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) changed since the import were left as they are:</source>
        <translation>
            <numerusform>%n lead changed since the import was left as it is:</numerusform>
            <numerusform>%n leads changed since the import were left as they are:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message numerus="yes">
        <source>Not imported (%n column(s)): %1</source>
        <translation>
            <numerusform>Not imported (%n column): %1</numerusform>
            <numerusform>Not imported (%n columns): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message numerus="yes">
        <source>What the import will do with the first %n row(s). Nothing is written yet.</source>
        <translation>
            <numerusform>What the import will do with the first %n row. Nothing is written yet.</numerusform>
            <numerusform>What the import will do with the first %n rows. Nothing is written yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message numerus="yes">
        <source>%n line(s) of one cell (a title or a footer) were not read as rows.</source>
        <translation>
            <numerusform>%n line of one cell (a title or a footer) was not read as a row.</numerusform>
            <numerusform>%n lines of one cell (a title or a footer) were not read as rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; (%n row(s))</source>
        <translation>
            <numerusform>%1 &quot;%2&quot; (%n row)</numerusform>
            <numerusform>%1 &quot;%2&quot; (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <source>line %1: %n cell(s) where the header has %2.</source>
        <translation>
            <numerusform>line %1: %n cell where the header has %2.</numerusform>
            <numerusform>line %1: %n cells where the header has %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValuesPage</name>
    <message numerus="yes">
        <source>%1 — column &quot;%2&quot;, %n distinct value(s)</source>
        <translation>
            <numerusform>%1 — column &quot;%2&quot;, %n distinct value</numerusform>
            <numerusform>%1 — column &quot;%2&quot;, %n distinct values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more value(s), less frequent</source>
        <translation>
            <numerusform>… and %n more value, less frequent</numerusform>
            <numerusform>… and %n more values, less frequent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) match nothing yet: choose what each becomes, or leave them empty.</source>
        <translation>
            <numerusform>%n value matches nothing yet: choose what it becomes, or leave it empty.</numerusform>
            <numerusform>%n values match nothing yet: choose what each becomes, or leave them empty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KanbanColumn</name>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation>
            <numerusform>%1: %n lead</numerusform>
            <numerusform>%1: %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KanbanPage</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadCommands</name>
    <message numerus="yes">
        <source>Take %n lead(s) in charge</source>
        <translation>
            <numerusform>Take %n lead in charge</numerusform>
            <numerusform>Take %n leads in charge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s) to %1</source>
        <translation>
            <numerusform>Assign %n lead to %1</numerusform>
            <numerusform>Assign %n leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to %1</source>
        <translation>
            <numerusform>Move %n lead to %1</numerusform>
            <numerusform>Move %n leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lose %n lead(s)</source>
        <translation>
            <numerusform>Lose %n lead</numerusform>
            <numerusform>Lose %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n lead(s)</source>
        <translation>
            <numerusform>Reopen %n lead</numerusform>
            <numerusform>Reopen %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to the trash</source>
        <translation>
            <numerusform>Move %n lead to the trash</numerusform>
            <numerusform>Move %n leads to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n lead(s) from the trash</source>
        <translation>
            <numerusform>Restore %n lead from the trash</numerusform>
            <numerusform>Restore %n leads from the trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message numerus="yes">
        <source>Saved. This lead looks like %n other lead(s): same last name and at least two of first name, email, phone, company.</source>
        <translation>
            <numerusform>Saved. This lead looks like %n other lead: same last name and at least two of first name, email, phone, company.</numerusform>
            <numerusform>Saved. This lead looks like %n other leads: same last name and at least two of first name, email, phone, company.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: someone else changed %n of the fields you changed since you opened this lead.</source>
        <translation>
            <numerusform>Not saved: someone else changed a field you changed since you opened this lead.</numerusform>
            <numerusform>Not saved: someone else changed %n of the fields you changed since you opened this lead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadGrid</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message numerus="yes">
        <source>Only an admin can empty the trash; leads in it are removed for good after %n day(s).</source>
        <translation>
            <numerusform>Only an admin can empty the trash; leads in it are removed for good after %n day.</numerusform>
            <numerusform>Only an admin can empty the trash; leads in it are removed for good after %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadTools</name>
    <message numerus="yes">
        <source>%n lead(s) taken in charge</source>
        <translation>
            <numerusform>%n lead taken in charge</numerusform>
            <numerusform>%n leads taken in charge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned</source>
        <translation>
            <numerusform>%n lead assigned</numerusform>
            <numerusform>%n leads assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) moved</source>
        <translation>
            <numerusform>%n lead moved</numerusform>
            <numerusform>%n leads moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n lead(s) left as they were (%2)</source>
        <translation>
            <numerusform>%1; %n lead left as it was (%2)</numerusform>
            <numerusform>%1; %n leads left as they were (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) moved to the trash (Undo brings them back)</source>
        <translation>
            <numerusform>%n lead moved to the trash (Undo brings it back)</numerusform>
            <numerusform>%n leads moved to the trash (Undo brings them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) restored from the trash</source>
        <translation>
            <numerusform>%n lead restored from the trash</numerusform>
            <numerusform>%n leads restored from the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n lead(s) for good, with their events, emails, attachments and history?
This cannot be undone.</source>
        <translation>
            <numerusform>Delete this lead for good, with its events, emails, attachments and history?
This cannot be undone.</numerusform>
            <numerusform>Delete these %n leads for good, with their events, emails, attachments and history?
This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) deleted for good</source>
        <translation>
            <numerusform>%n lead deleted for good</numerusform>
            <numerusform>%n leads deleted for good</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoseDialog</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) lost; %1 left as they were:</source>
        <translation>
            <numerusform>%n lead lost; %1 left as they were:</numerusform>
            <numerusform>%n leads lost; %1 left as they were:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n lead(s)</source>
        <translation>
            <numerusform>Import %n lead</numerusform>
            <numerusform>Import %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in the trash for more than %1 days removed for good</source>
        <translation>
            <numerusform>%n lead in the trash for more than %1 days removed for good</numerusform>
            <numerusform>%n leads in the trash for more than %1 days removed for good</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePlanDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n lead(s) will be merged into %1.&lt;/b&gt; Blank fields of the master are filled from the others, oldest first; emails, phones and tags are united; events, emails, attachments and the activity move to the master. The merged leads leave every list; the merge is written on the master&apos;s timeline and can be undone.</source>
        <translation>
            <numerusform>&lt;b&gt;%n lead will be merged into %1.&lt;/b&gt; Blank fields of the master are filled from the others, oldest first; emails, phones and tags are united; events, emails, attachments and the activity move to the master. The merged leads leave every list; the merge is written on the master&apos;s timeline and can be undone.</numerusform>
            <numerusform>&lt;b&gt;%n leads will be merged into %1.&lt;/b&gt; Blank fields of the master are filled from the others, oldest first; emails, phones and tags are united; events, emails, attachments and the activity move to the master. The merged leads leave every list; the merge is written on the master&apos;s timeline and can be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message numerus="yes">
        <source>Deleted leads, kept %n day(s) with everything on them</source>
        <translation>
            <numerusform>Deleted leads, kept %n day with everything on them</numerusform>
            <numerusform>Deleted leads, kept %n days with everything on them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceImportService</name>
    <message numerus="yes">
        <source>line %1: %n cell(s) where the header has %2.</source>
        <translation>
            <numerusform>line %1: %n cell where the header has %2.</numerusform>
            <numerusform>line %1: %n cells where the header has %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n column(s) where GeoNames has 19.</source>
        <translation>
            <numerusform>line %1: %n column where GeoNames has 19.</numerusform>
            <numerusform>line %1: %n columns where GeoNames has 19.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceService</name>
    <message numerus="yes">
        <source>The %1 &quot;%2&quot; is used by %n lead(s); change them first.</source>
        <translation>
            <numerusform>The %1 &quot;%2&quot; is used by %n lead; change them first.</numerusform>
            <numerusform>The %1 &quot;%2&quot; is used by %n leads; change them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleEventDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One event on each of %n lead(s): %1</source>
        <translation>
            <numerusform>One event on %n lead: %1</numerusform>
            <numerusform>One event on each of %n leads: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusConfigPage</name>
    <message numerus="yes">
        <source>%n lead(s) have the status &quot;%1&quot;. Move them to:</source>
        <translation>
            <numerusform>%n lead has the status &quot;%1&quot;. Move them to:</numerusform>
            <numerusform>%n leads have the status &quot;%1&quot;. Move them to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message numerus="yes">
        <source>%n lead(s) have the status &quot;%1&quot;; move them to another status first.</source>
        <translation>
            <numerusform>%n lead has the status &quot;%1&quot;; move them to another status first.</numerusform>
            <numerusform>%n leads have the status &quot;%1&quot;; move them to another status first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vcard</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message numerus="yes">
        <source>Merge %n lead(s) into %1</source>
        <translation>
            <numerusform>Merge %n lead into %1</numerusform>
            <numerusform>Merge %n leads into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n event(s)</source>
        <translation>
            <numerusform>Schedule %n event</numerusform>
            <numerusform>Schedule %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log %n email(s)</source>
        <translation>
            <numerusform>Log %n email</numerusform>
            <numerusform>Log %n emails</numerusform>
        </translation>
    </message>
</context>
</TS>
