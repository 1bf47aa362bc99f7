<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbsenceChart</name>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="43"/>
        <source>Frånvaro över tid</source>
        <translation>Absence over time</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="64"/>
        <source>förenklad kartläggning</source>
        <translation>simplified mapping</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="69"/>
        <source>fördjupad kartläggning</source>
        <translation>in-depth mapping</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="81"/>
        <source>Ingen närvaro registrerad ännu.</source>
        <translation>No attendance recorded yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="82"/>
        <source>Frånvaro vid start {0}. Ingen närvaro registrerad sedan dess.</source>
        <translation>Absence at the start {0}. No attendance recorded since.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="87"/>
        <source>Frånvaro senast: {0}.</source>
        <translation>Latest absence: {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="92"/>
        <source>oförändrad</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="95"/>
        <source>1 procentenhet lägre</source>
        <translation>1 percentage point lower</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="96"/>
        <source>1 procentenhet högre</source>
        <translation>1 percentage point higher</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="100"/>
        <source>{0} procentenheter lägre</source>
        <translation>{0} percentage points lower</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="104"/>
        <source>{0} procentenheter högre</source>
        <translation>{0} percentage points higher</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="107"/>
        <source>Frånvaro vid start {0}, senast {1}: {2}.</source>
        <translation>Absence at the start {0}, latest {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="169"/>
        <source>ogiltig frånvaro</source>
        <translation>unauthorised absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="170"/>
        <source>giltig frånvaro</source>
        <translation>authorised absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="188"/>
        <source>vid start</source>
        <translation>at the start</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="27"/>
        <source>Försenat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="28"/>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="29"/>
        <source>Denna vecka</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="30"/>
        <source>Senare</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="33"/>
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="34"/>
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="35"/>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="36"/>
        <source>tors</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="37"/>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="38"/>
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="39"/>
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="42"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="43"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="44"/>
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="45"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="46"/>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="47"/>
        <source>juni</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="48"/>
        <source>juli</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="49"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="50"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="51"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="52"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="53"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="57"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="58"/>
        <source>Handlingsplanen följs upp</source>
        <translation>Action plan follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="59"/>
        <source>Boosterträff</source>
        <translation>Booster session</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="60"/>
        <source>Sista dag att lämna registerutdrag</source>
        <translation>Last day to hand over the register extract</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="84"/>
        <source>Samtycket har gått ut. Registrera ett nytt samtycke.</source>
        <translation>The consent has expired. Record a new consent.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="87"/>
        <source>Samtycket går ut idag</source>
        <translation>The consent expires today</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="89"/>
        <source>Samtycket går ut i morgon</source>
        <translation>The consent expires tomorrow</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="103"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="124"/>
        <source>Inget att göra just nu. Här visas möten, uppföljningar, samtycken som går ut och anteckningar att signera, 30 dagar framåt.</source>
        <translation>Nothing to do right now. Meetings, follow-ups, consents that run out and notes to sign show here, 30 days ahead.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="160"/>
        <source>Öppna eleven (Enter)</source>
        <translation>Open the student (Enter)</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="864"/>
        <source>Att åtgärda efter synkronisering</source>
        <translation>To see to after syncing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="869"/>
        <source>Samma elev registrerad två gånger (på två datorer innan de hann synkronisera). Slå ihop: eleven blir en, och båda ärendehistorikerna finns kvar. Uppgifter som skiljer sig visas sedan som konflikter att välja mellan.</source>
        <translation>The same student registered twice (on two laptops before they had synced). Merge: the student becomes one, and both case histories are kept. Details that differ are then shown as conflicts to choose between.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="878"/>
        <source>Samma elev registrerad två gånger</source>
        <translation>The same student registered twice</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="880"/>
        <source>Slå ihop</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="887"/>
        <source>Ändringar från teamet som den här datorn inte kunde läsa. De sparas som de kom, hindrar inte annan synkronisering och har rapporterats till teamet. Be teamets administratör se på saken.</source>
        <translation>Changes from the team that this laptop could not read. They are kept as they came, do not hold up other syncing, and have been reported to the team. Ask the team admin to look into it.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="896"/>
        <source>Ändringar som inte kunde läsas</source>
        <translation>Changes that could not be read</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="898"/>
        <source>Ta bort markerad ur listan</source>
        <translation>Remove selected from the list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="899"/>
        <source>Ta bort alla ur listan</source>
        <translation>Remove all from the list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="908"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="924"/>
        <source>{0} – {1} registreringar av samma personnummer</source>
        <translation>{0} – {1} registrations of the same personnummer</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="941"/>
        <source>Loggen från {0} fortsätter inte där den slutade förra gången: händelser har tagits bort eller ändrats på datorn innan de synkroniserades. Ta reda på vad som hänt, och notera det i loggkontrollen.</source>
        <translation>The audit log from {0} does not continue where it ended last time: events were removed or changed on the laptop before they were synced. Find out what happened, and note it in the log review.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="949"/>
        <source>Ändringar som inte kunde läsas har rapporterats från: {0}. Kontrollera att alla datorer är godkända och har teamets nyckel.</source>
        <translation>Changes that could not be read were reported from: {0}. Check that every laptop is approved and has the team key.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="959"/>
        <source>{0} från {1}, {2}: {3}</source>
        <translation>{0} from {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="969"/>
        <source>… och {0} till från {1}, som inte sparades (för många)</source>
        <translation>… and {0} more from {1}, not kept (too many)</translation>
    </message>
</context>
<context>
    <name>AutoBackupDialog</name>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="313"/>
        <source>Automatisk säkerhetskopiering</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="318"/>
        <source>När du låser programmet eller stänger det görs en säkerhetskopia i mappen, om den senaste där är minst ett dygn gammal. Mappen behåller de senaste automatiska kopiorna; kopior du gjort själv tas aldrig bort. Lämna mappen tom för att stänga av.</source>
        <translation>When you lock or close the program, a backup is made in the folder if the latest one there is at least a day old. The folder keeps the most recent automatic backups; backups you made yourself are never removed. Leave the folder empty to turn this off.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="329"/>
        <location filename="../../sstdesk/ui/backup_view.py" line="332"/>
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="330"/>
        <source>Välj mapp…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="336"/>
        <location filename="../../sstdesk/ui/backup_view.py" line="337"/>
        <source>Antal kopior att behålla</source>
        <translation>Number of backups to keep</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="341"/>
        <source>Det som är gråmarkerat bestäms av IT och kan inte ändras här.</source>
        <translation>What is greyed out is set by IT and cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="354"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="357"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="365"/>
        <source>Välj mapp för säkerhetskopiorna</source>
        <translation>Choose a folder for the backups</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="380"/>
        <source>Välj en mapp utanför profilmappen, helst på ett USB-minne.</source>
        <translation>Choose a folder outside the profile folder, preferably on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="389"/>
        <source>Inställningarna kunde inte sparas. Försök igen.</source>
        <translation>The settings could not be saved. Try again.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="392"/>
        <source>Automatisk säkerhetskopiering till {0}.</source>
        <translation>Automatic backup to {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="394"/>
        <source>Automatisk säkerhetskopiering är avstängd.</source>
        <translation>Automatic backup is turned off.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="198"/>
        <source>Säkerhetskopiera dina uppgifter</source>
        <translation>Back up your information</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="203"/>
        <source>Säkerhetskopian är en krypterad fil med alla dina uppgifter i programmet. Den öppnas bara med din lösenfras eller återställningskoden. Spara den på ett USB-minne eller en annan disk och förvara den inlåst.</source>
        <translation>The backup is an encrypted file with all your information in the program. It opens only with your passphrase or the recovery code. Save it on a USB stick or another disk and keep it locked away.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="213"/>
        <location filename="../../sstdesk/ui/backup_view.py" line="216"/>
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="214"/>
        <source>Välj mapp…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="219"/>
        <location filename="../../sstdesk/ui/backup_view.py" line="221"/>
        <source>Din lösenfras</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="225"/>
        <source>Kopian provöppnas med lösenfrasen innan den räknas som gjord: varje sida, loggkedjan och antalet poster kontrolleras.</source>
        <translation>The backup is test-opened with the passphrase before it counts as made: every page, the audit chain and the number of records are checked.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="235"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="242"/>
        <source>Säkerhetskopiera</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="245"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="254"/>
        <source>Välj mapp för säkerhetskopian</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="266"/>
        <source>Välj en mapp att spara säkerhetskopian i.</source>
        <translation>Choose a folder to save the backup in.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="269"/>
        <source>Skriv din lösenfras: kopian provöppnas med den.</source>
        <translation>Type your passphrase: the backup is test-opened with it.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="272"/>
        <source>Kopierar dina uppgifter och kontrollerar kopian…</source>
        <translation>Copying your information and checking the copy…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="293"/>
        <source>Klart: {0} är sparad i {1} ({2}) och kontrollerad. Den gick att öppna med din lösenfras, alla {3} poster finns med och loggkedjan är hel.</source>
        <translation>Done: {0} is saved in {1} ({2}) and checked. It opened with your passphrase, all {3} records are in it and the audit chain is whole.</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="61"/>
        <source>Arbetar</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="70"/>
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="93"/>
        <source>Säkerhetskopiera…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="96"/>
        <source>Automatisk säkerhetskopiering…</source>
        <translation>Automatic backup…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="99"/>
        <location filename="../../sstdesk/ui/backup_view.py" line="105"/>
        <source>Återställ från säkerhetskopia…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="137"/>
        <source>Dina uppgifter är återställda från säkerhetskopian från {0} ({1} poster). Lås upp dem.</source>
        <translation>Your information is restored from the backup of {0} ({1} records). Unlock it.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="143"/>
        <source>Uppgifterna som fanns på datorn förut är sparade bredvid, orörda ({0}).</source>
        <translation>The information that was on the computer before is kept beside it, untouched ({0}).</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="176"/>
        <source>Automatisk säkerhetskopia sparad och kontrollerad: {0}.</source>
        <translation>Automatic backup saved and checked: {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="184"/>
        <source>Den automatiska säkerhetskopian kunde inte göras: {0}</source>
        <translation>The automatic backup could not be made: {0}</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="32"/>
        <source>Skyddad</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="91"/>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="93"/>
        <source>Giltigt t.o.m. {0}</source>
        <translation>Valid until {0}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="521"/>
        <location filename="../../sstdesk/ui/pages.py" line="758"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="532"/>
        <source>Mina elever</source>
        <translation>My students</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="534"/>
        <source>+ Ny aktualisering</source>
        <translation>+ New referral</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="535"/>
        <source>Aktualisera en ny elev (Ctrl+N)</source>
        <translation>Refer a new student (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="542"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="544"/>
        <source>Mina inställningar…</source>
        <translation>My settings…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="547"/>
        <source>Teamets inställningar…</source>
        <translation>Team settings…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="550"/>
        <source>Läsårsskifte…</source>
        <translation>New school year…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="553"/>
        <source>Byt lösenfras…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="556"/>
        <source>Byt teamnyckel…</source>
        <translation>Replace the team key…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="560"/>
        <source>Lås (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="562"/>
        <source>Importera närvaro…</source>
        <translation>Import attendance…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="565"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="575"/>
        <source>Synkronisering</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="583"/>
        <source>Konflikter att lösa</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="587"/>
        <source>Ändringar som servern inte tog emot</source>
        <translation>Changes the server did not accept</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="590"/>
        <source>Datorer som väntar på godkännande</source>
        <translation>Computers waiting for approval</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="595"/>
        <source>Att åtgärda efter synkronisering</source>
        <translation>To see to after syncing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="597"/>
        <source>Anslut till server…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="598"/>
        <source>Synkronisera</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="617"/>
        <source>Sök på namn, personnummer, skola eller anteckning (Ctrl+F)</source>
        <translation>Search name, personal ID number, school or note (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="619"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="627"/>
        <source>Filtrera på skola</source>
        <translation>Filter by school</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="629"/>
        <source>Filtrera på steg</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="632"/>
        <source>Alla steg</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="635"/>
        <source>Något förfaller inom en vecka</source>
        <translation>Something due within a week</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="646"/>
        <source>Elevlista</source>
        <translation>Student list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="673"/>
        <source>Inga elever ännu</source>
        <translation>No students yet</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="676"/>
        <source>När en skola aktualiserar en elev lägger du till eleven här. Allt du skriver sparas krypterat på den här datorn.</source>
        <translation>When a school refers a student, you add the student here. Everything you write is kept encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="683"/>
        <source>Lägg till din första elev</source>
        <translation>Add your first student</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="687"/>
        <source>Öppna demoprofilen (påhittade elever)…</source>
        <translation>Open the demo profile (made-up students)…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="716"/>
        <source>Alla skolor</source>
        <translation>All schools</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/pages.py" line="738"/>
        <source>%n elever</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="742"/>
        <source>Inga elever matchar ”{0}” med de valda filtren.</source>
        <translation>No students match “{0}” with the chosen filters.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="744"/>
        <source>Inga elever matchar ”{0}”</source>
        <translation>No students match “{0}”</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="758"/>
        <source>Att göra ({0})</source>
        <translation>To do ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/pages.py" line="763"/>
        <source>%n uppgifter att göra senast på söndag. Möten och det som förfaller senare räknas inte.</source>
        <translation>
            <numerusform>%n task to do by Sunday. Meetings and what falls due later are not counted.</numerusform>
            <numerusform>%n tasks to do by Sunday. Meetings and what falls due later are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="23"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="24"/>
        <source>Personnummer</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="25"/>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="26"/>
        <source>Åk</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="27"/>
        <source>Steg</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="28"/>
        <source>Nästa datum</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="29"/>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
</context>
<context>
    <name>CityView</name>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="76"/>
        <source>Hämtar teamens statistik och räknar fram vilka celler som måste döljas. Med många team kan det ta några minuter.</source>
        <translation>Fetching the teams&apos; statistics and working out which cells must be hidden. With many teams this can take a few minutes.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="109"/>
        <source>Hämta stadens statistik först.</source>
        <translation>Fetch the city&apos;s statistics first.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="125"/>
        <source>Sparad som {0}.</source>
        <translation>Saved as {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="141"/>
        <source>Skickar…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="151"/>
        <source>Teamets statistik för {0} är förseglad till stadens statistiker och skickad.
Den är undertecknad av den här datorn, med kod {1}. Statistikern ser samma kod och kan stämma av den med dig.</source>
        <translation>The team&apos;s statistics for {0} are sealed to the city&apos;s statistician and sent.
They are signed by this computer, with code {1}. The statistician sees the same code and can check it with you.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="191"/>
        <source>{0} team har skickat statistik för läsåret.</source>
        <translation>{0} teams have sent statistics for the school year.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="196"/>
        <source>{0}: skickad {1}, från datorn med kod {2}.</source>
        <translation>{0}: sent {1}, from the computer with code {2}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="200"/>
        <source>Ny dator för teamet: räknas inte med förrän du har stämt av koden med teamet.</source>
        <translation>New computer for the team: not counted until you have checked the code with the team.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="207"/>
        <source>{0} team skickade statistik som inte gick att öppna eller inte är undertecknad av teamet; den är inte medräknad.</source>
        <translation>{0} teams sent statistics that could not be opened or are not signed by the team; they are not counted.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="215"/>
        <source>{0} team har på servern en äldre statistik än den du redan har läst; den är inte medräknad. Be teamet skicka igen och tala med IT.</source>
        <translation>{0} teams have older statistics on the server than those you have already read; they are not counted. Ask the team to send again and talk to IT.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="223"/>
        <source>Servern gav {0} team mer än en gång; inget av dem är medräknat. Tala med IT.</source>
        <translation>The server gave {0} teams more than once; none of them is counted. Talk to IT.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="230"/>
        <source>{0} team har statistik daterad i framtiden; den är inte medräknad. Tala med IT.</source>
        <translation>{0} teams have statistics dated in the future; they are not counted. Talk to IT.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/city_view.py" line="237"/>
        <source>Saknas i år, men har skickat förut: {0}.</source>
        <translation>Missing this year, but sent before: {0}.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="615"/>
        <source>Konflikter att lösa</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="620"/>
        <source>Samma uppgift har ändrats här och på en annan dator. Din version gäller tills du väljer. Valet synkroniseras som en vanlig ändring.</source>
        <translation>The same detail was changed here and on another computer. Your version holds until you choose. The choice syncs like any change.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="627"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="630"/>
        <source>Behåll min</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="631"/>
        <source>Behåll deras</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="632"/>
        <source>Skriv en sammanslagning…</source>
        <translation>Write a merge…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="633"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="651"/>
        <source>{0}, fältet ”{1}”: här ”{2}”, på dator {3}: ”{4}” (upptäckt {5})</source>
        <translation>{0}, field “{1}”: here “{2}”, on computer {3}: “{4}” (found {5})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="683"/>
        <source>Skriv en sammanslagning</source>
        <translation>Write a merge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="684"/>
        <source>Det nya värdet:</source>
        <translation>The new value:</translation>
    </message>
</context>
<context>
    <name>ConsentAnswers</name>
    <message>
        <location filename="../../sstdesk/ui/consent_answers.py" line="49"/>
        <source>Ej tillfrågad</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/consent_answers.py" line="50"/>
        <source>Svar från {0}</source>
        <translation>Answer from {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/consent_answers.py" line="51"/>
        <source>Inte till:</source>
        <translation>Not to:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/consent_answers.py" line="52"/>
        <source>Inte om:</source>
        <translation>Not about:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/consent_answers.py" line="53"/>
        <source>Förbehåll: parter som inte får uppgifter</source>
        <translation>Reservation: parties that get no information</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/consent_answers.py" line="54"/>
        <source>Förbehåll: uppgifter som inte får lämnas</source>
        <translation>Reservation: information that may not be given</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/consent_answers.py" line="55"/>
        <source>Förbehållet med personens egna ord (valfritt)</source>
        <translation>The reservation in the person&apos;s own words (optional)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/consent_answers.py" line="56"/>
        <source>Förbehållets ordalydelse</source>
        <translation>Wording of the reservation</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="33"/>
        <source>Rätta anteckning</source>
        <translation>Correct note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="37"/>
        <source>Den signerade anteckningen står kvar som den är. Rättelsen blir en ny anteckning som hänvisar till den. Du signerar rättelsen när den är klar.</source>
        <translation>The signed note stays as it is. The correction becomes a new note that refers to it. You sign the correction when it is finished.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="46"/>
        <source>Originalet: {0} {1}, signerat {2} av {3}</source>
        <translation>The original: {0} {1}, signed {2} by {3}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="57"/>
        <source>Den signerade anteckningen</source>
        <translation>The signed note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="60"/>
        <source>Rättelse *</source>
        <translation>Correction *</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="62"/>
        <source>Rättelsens text</source>
        <translation>Text of the correction</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="70"/>
        <source>Den enskilde anser att uppgiften är felaktig (SoL 11 kap. 6 §)</source>
        <translation>The person considers the information incorrect (SoL chapter 11, section 6)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="81"/>
        <source>Spara rättelsen som utkast</source>
        <translation>Save the correction as a draft</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="82"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/journal_correction.py" line="98"/>
        <source>Skriv rättelsen.</source>
        <translation>Write the correction.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/numbers.py" line="40"/>
        <source>%n dagar kvar</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/numbers.py" line="43"/>
        <source>Samtycket går ut om %n dagar</source>
        <translation>
            <numerusform>The consent runs out in %n day</numerusform>
            <numerusform>The consent runs out in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="206"/>
        <source>Välkommen till sstdesk</source>
        <translation>Welcome to sstdesk</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="209"/>
        <source>Allt du skriver sparas krypterat på den här datorn. Välj en lösenfras som bara du känner till – gärna flera ord.</source>
        <translation>Everything you write is stored encrypted on this computer. Choose a passphrase only you know – several words are best.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="217"/>
        <location filename="../../sstdesk/ui/pages.py" line="228"/>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="220"/>
        <location filename="../../sstdesk/ui/pages.py" line="229"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="223"/>
        <source>Upprepa lösenfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="231"/>
        <source>Upprepa</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="233"/>
        <source>Börja använda programmet</source>
        <translation>Start using the program</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="237"/>
        <source>Prova först med påhittade elever (demoprofil)</source>
        <translation>Try it first with invented students (demo profile)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="257"/>
        <source>Ange ditt användarnamn.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="248"/>
        <location filename="../../sstdesk/ui/pages.py" line="260"/>
        <source>Lösenfraserna stämmer inte överens.</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="758"/>
        <source>Datorer som väntar på godkännande</source>
        <translation>Computers waiting for approval</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="763"/>
        <source>Godkänn bara en dator du vet att kollegan har anslutit just nu. Den får teamets nyckel och därmed alla teamets elever.</source>
        <translation>Only approve a computer you know your colleague has just connected. It receives the team key and with it all of the team&apos;s students.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="770"/>
        <source>Datorer som väntar</source>
        <translation>Computers waiting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="774"/>
        <source>Säkerhetskoden som visas på kollegans dator:</source>
        <translation>The safety code shown on your colleague&apos;s laptop:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="777"/>
        <source>Säkerhetskod</source>
        <translation>Safety code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="785"/>
        <source>Godkänn</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="786"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="798"/>
        <source>{0} – datorn ”{1}” ({2})</source>
        <translation>{0} – computer “{1}” ({2})</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="59"/>
        <source>Förhandsgranskning – {0}</source>
        <translation>Preview – {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="71"/>
        <source>Dokumentets sidor</source>
        <translation>The document&apos;s pages</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="75"/>
        <source>{0} · {1} sidor · dokument-id {2}</source>
        <translation>{0} · {1} pages · document id {2}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="79"/>
        <source>Om dokumentet</source>
        <translation>About the document</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="87"/>
        <source>Skriv ut… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="88"/>
        <source>Spara som…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="89"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="168"/>
        <source>Skapar {0}…</source>
        <translation>Creating {0}…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="209"/>
        <source>Skäl till utskriften</source>
        <translation>Reason for printing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="230"/>
        <source>Skäl (sparas i loggen)</source>
        <translation>Reason (kept in the log)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="283"/>
        <source>Filen lämnar programmets skydd</source>
        <translation>The file leaves the program&apos;s protection</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="210"/>
        <source>Skriv varför handlingen skrivs ut, till exempel ”Inför elevhälsokonferensen 25 november”. Skriv inga namn.</source>
        <translation>Write why the document is printed, for example “For the student health conference on 25 November”. Write no names.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="215"/>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="249"/>
        <source>Skickad till skrivaren.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="270"/>
        <source>Använd ”Spara som…” för att spara som fil.</source>
        <translation>Use “Save as…” to save as a file.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="284"/>
        <source>Den sparade filen är inte krypterad och innehåller sekretessuppgifter. Spara den bara där obehöriga inte kommer åt den, och radera den när den inte längre behövs. Sparandet loggas.</source>
        <translation>The saved file is not encrypted and holds confidential information. Save it only where no unauthorised person can reach it, and delete it when it is no longer needed. Saving is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="298"/>
        <source>Skäl till att spara som fil</source>
        <translation>Reason for saving as a file</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="299"/>
        <source>Skriv varför handlingen sparas som fil, till exempel ”Skickas till BUP med säker e-post”. Skriv inga namn.</source>
        <translation>Write why the document is saved as a file, for example “Sent to BUP by secure e-mail”. Write no names.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="304"/>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="321"/>
        <source>Sparad som {0}.</source>
        <translation>Saved as {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="331"/>
        <source>Spara som</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="333"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="86"/>
        <source>t.ex. 12,5</source>
        <translation>e.g. 12.5</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="130"/>
        <source>t.ex. 13:30</source>
        <translation>e.g. 13:30</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="231"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="232"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="271"/>
        <source>Ej angiven</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="443"/>
        <source>Fyll i: {0}.</source>
        <translation>Please fill in: {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="460"/>
        <source>{0}: skriv tiden som timmar och minuter, t.ex. 13:30.</source>
        <translation>{0}: write the time as hours and minutes, e.g. 13:30.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="475"/>
        <source>{0}: skriv ett tal mellan {1} och {2}, med högst en decimal, t.ex. 12,5.</source>
        <translation>{0}: enter a number between {1} and {2}, with at most one decimal, e.g. 12.5.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="485"/>
        <source>{0} blir {1}, mer än {2} %. Kontrollera siffrorna.</source>
        <translation>{0} comes to {1}, more than {2} %. Check the figures.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="511"/>
        <source>Räknas ut: {0}</source>
        <translation>Worked out: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="67"/>
        <location filename="../../sstdesk/ui/import_view.py" line="224"/>
        <source>Personnummer</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="68"/>
        <location filename="../../sstdesk/ui/import_view.py" line="225"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="69"/>
        <location filename="../../sstdesk/ui/import_view.py" line="149"/>
        <source>Period från</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="70"/>
        <location filename="../../sstdesk/ui/import_view.py" line="150"/>
        <source>Period till</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="71"/>
        <source>Total frånvaro</source>
        <translation>Total absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="72"/>
        <source>Giltig frånvaro</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="73"/>
        <source>Ogiltig frånvaro</source>
        <translation>Unexcused absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="74"/>
        <source>Schemalagd tid (minuter eller lektioner)</source>
        <translation>Scheduled time (minutes or lessons)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="75"/>
        <source>Procent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="76"/>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="77"/>
        <source>Lektioner</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="78"/>
        <source>Andel (0–1)</source>
        <translation>Proportion (0–1)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="79"/>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="80"/>
        <source>Dagar</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="115"/>
        <source>Importera närvaro från skolan</source>
        <translation>Import attendance from the school</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="126"/>
        <source>1. Fil och skola</source>
        <translation>1. File and school</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="133"/>
        <location filename="../../sstdesk/ui/import_view.py" line="134"/>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="136"/>
        <source>Ingen fil vald.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="137"/>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="141"/>
        <source>Fil (CSV eller XLSX)</source>
        <translation>File (CSV or XLSX)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="143"/>
        <source>t.ex. Skola24-export</source>
        <translation>e.g. Skola24 export</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="144"/>
        <location filename="../../sstdesk/ui/import_view.py" line="145"/>
        <source>Datakälla</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="147"/>
        <location filename="../../sstdesk/ui/import_view.py" line="148"/>
        <source>Välj datum</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="160"/>
        <source>Period (om filen saknar period)</source>
        <translation>Period (if the file has none)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="164"/>
        <source>2. Kolumner</source>
        <translation>2. Columns</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="185"/>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="192"/>
        <location filename="../../sstdesk/ui/import_view.py" line="206"/>
        <source>Så läses kolumnerna</source>
        <translation>How the columns are read</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="197"/>
        <source>Att kontrollera</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="201"/>
        <source>Kolumn i filen</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="201"/>
        <source>Läses som</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="201"/>
        <source>De första raderna</source>
        <translation>The first rows</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="214"/>
        <source>3. Förhandsgranskning</source>
        <translation>3. Preview</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="222"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="223"/>
        <source>Rad</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="226"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="227"/>
        <source>Frånvaro (giltig/ogiltig)</source>
        <translation>Absence (excused/unexcused)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="228"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="233"/>
        <source>Rader i filen</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="247"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="253"/>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="256"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="273"/>
        <source>Arbetar…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="293"/>
        <source>Välj närvaroexport</source>
        <translation>Choose attendance export</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="295"/>
        <source>Närvaroexporter (*.csv *.txt *.xlsx)</source>
        <translation>Attendance exports (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="329"/>
        <source>(finns inte)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="331"/>
        <location filename="../../sstdesk/ui/import_view.py" line="400"/>
        <source>Kolumn {0}</source>
        <translation>Column {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="338"/>
        <source>Välj enhet…</source>
        <translation>Choose unit…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="357"/>
        <source>{0} rader, {1}. Kontrollera kolumnerna och förhandsgranska.</source>
        <translation>{0} rows, {1}. Check the columns and preview.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="387"/>
        <source>Kolumnerna är ändrade: förhandsgranska igen.</source>
        <translation>The columns have changed: preview again.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="419"/>
        <source>Välj innan förhandsgranskningen: {0}.</source>
        <translation>Choose before previewing: {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="437"/>
        <source>Filen anger ingen period. Välj vilken period närvaron gäller, både från och till, innan förhandsgranskningen.</source>
        <translation>The file states no period. Choose the period the attendance covers, both from and to, before the preview.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="441"/>
        <source>Periodens slut ligger före dess början. Rätta perioden.</source>
        <translation>The period ends before it starts. Correct the period.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="486"/>
        <source>Namnet i filen: {0}</source>
        <translation>Name in the file: {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="487"/>
        <source>Matchad</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="494"/>
        <source>Överlappar</source>
        <translation>Overlaps</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="497"/>
        <source>Överlappar {0} (redan registrerad). Bocka i raden om båda ska finnas.</source>
        <translation>Overlaps {0} (already registered). Tick the row if both should be kept.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="508"/>
        <source>Finns redan</source>
        <translation>Already there</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="510"/>
        <source>Perioden är redan registrerad</source>
        <translation>The period is already registered</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="520"/>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="522"/>
        <source>Ingen elev med pågående ärende</source>
        <translation>No student with an open case</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="529"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="550"/>
        <source>%n rader kan importeras,</source>
        <translation>
            <numerusform>%n row can be imported,</numerusform>
            <numerusform>%n rows can be imported,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="552"/>
        <source>%n överlappar en registrerad period (importeras bara om du bockar i dem),</source>
        <translation>
            <numerusform>%n overlap a registered period (imported only if you tick them),</numerusform>
            <numerusform>%n overlap a registered period (imported only if you tick them),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="556"/>
        <source>%n finns redan,</source>
        <translation>
            <numerusform>%n is already there,</numerusform>
            <numerusform>%n are already there,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="557"/>
        <source>%n elever är okända och</source>
        <translation>
            <numerusform>%n student is unknown and</numerusform>
            <numerusform>%n students are unknown and</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="558"/>
        <source>%n rader har fel.</source>
        <translation>
            <numerusform>%n row has errors.</numerusform>
            <numerusform>%n rows have errors.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="559"/>
        <source>Bara de markerade raderna importeras.</source>
        <translation>Only the ticked rows are imported.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="575"/>
        <source>Importera {0} rader</source>
        <translation>Import {0} rows</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="599"/>
        <source>{0} perioder är importerade.</source>
        <translation>{0} periods imported.</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1101"/>
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1105"/>
        <source>Journalanteckningar</source>
        <translation>Journal notes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1123"/>
        <source>Anteckningen som rättas</source>
        <translation>The note being corrected</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1129"/>
        <source>Anteckningens text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1136"/>
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1138"/>
        <source>Rätta…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1140"/>
        <source>Signera…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1142"/>
        <source>En signerad anteckning kan inte ändras. Ctrl+S sparar utan att signera.</source>
        <translation>A signed note cannot be changed. Ctrl+S saves without signing.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1231"/>
        <source>Utkast – sparas medan du skriver. Signera när anteckningen är klar.</source>
        <translation>Draft – saved as you type. Sign when the note is finished.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1241"/>
        <source>Rättar anteckningen från {0}, signerad {1} av {2}:</source>
        <translation>Correcting the note of {0}, signed {1} by {2}:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1289"/>
        <source>Sparat {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1299"/>
        <source>Signera anteckningen</source>
        <translation>Sign the note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1301"/>
        <source>Signera anteckningen från {0} ({1})?</source>
        <translation>Sign the note of {0} ({1})?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1307"/>
        <source>En signerad anteckning kan inte ändras i efterhand. Ett fel rättas bara med en ny anteckning (”Rätta”), och båda står kvar i journalen.</source>
        <translation>A signed note cannot be changed afterwards. A mistake is corrected only with a new note (“Correct”), and both stay in the record.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1311"/>
        <source>Signera</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1312"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1215"/>
        <source>Ingen anteckning vald.</source>
        <translation>No note selected.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1219"/>
        <source>Utkastet nämner skyddade uppgifter. Välj ”Visa skyddade uppgifter” för att skriva i det.</source>
        <translation>The draft mentions protected details. Choose “Show protected details” to write in it.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1225"/>
        <source>Signerad {0} av {1} – kan inte ändras.</source>
        <translation>Signed {0} by {1} – cannot be changed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="278"/>
        <source>Lösenfras för demoprofilen</source>
        <translation>Passphrase for the demo profile</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="288"/>
        <source>Öppna demoprofilen</source>
        <translation>Open the demo profile</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="292"/>
        <source>Demoprofilen är en egen profil med påhittade elever, bredvid dina riktiga uppgifter, som inte påverkas. Välj en lösenfras för den (minst 8 tecken).</source>
        <translation>The demo profile is a profile of its own with made-up students, beside your real information, which is not affected. Choose a passphrase for it (at least 8 characters).</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="344"/>
        <source>De gamla filerna ligger kvar i {0}.</source>
        <translation>The old files are kept in {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/main_window.py" line="379"/>
        <source>Låst efter %n minuter utan aktivitet. Det du skrivit är sparat.</source>
        <translation>
            <numerusform>Locked after %n minute without activity. What you wrote is saved.</numerusform>
            <numerusform>Locked after %n minutes without activity. What you wrote is saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="389"/>
        <source>Lås automatiskt efter (minuter)</source>
        <translation>Lock automatically after (minutes)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="397"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="399"/>
        <source>Som systemet</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="404"/>
        <source>Teamets server (https://…)</source>
        <translation>The team&apos;s server (https://…)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="410"/>
        <source>Distriktets servercertifikat (filen från IT)</source>
        <translation>The district&apos;s server certificate (the file from IT)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="425"/>
        <source>Inställningarna är sparade. Språket byts nästa gång programmet startar.</source>
        <translation>Settings saved. The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="431"/>
        <source>Bestäms av IT och kan inte ändras här: {0}.</source>
        <translation>Set by IT and cannot be changed here: {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="434"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="442"/>
        <source>Nuvarande lösenfras</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="443"/>
        <source>Ny lösenfras</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="444"/>
        <source>Upprepa den nya lösenfrasen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="450"/>
        <source>De nya lösenfraserna stämmer inte överens.</source>
        <translation>The new passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="457"/>
        <source>Lösenfrasen är bytt. Använd den nya nästa gång du låser upp.</source>
        <translation>The passphrase is changed. Use the new one next time you unlock.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="469"/>
        <source>Byt lösenfras</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="473"/>
        <source>Återställningskoden gäller som förut. Säkerhetskopior som redan gjorts öppnas med den lösenfras som gällde när de gjordes.</source>
        <translation>The recovery code works as before. Backups already made open with the passphrase that held when they were made.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="484"/>
        <source>Det nya läsåret börjar</source>
        <translation>The new school year starts</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="497"/>
        <source>Läsårsskifte</source>
        <translation>New school year</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="501"/>
        <source>Eleverna i elevlistan går upp en årskurs från den dag teamet har bestämt. Du ser vilka som ändras innan något sparas.</source>
        <translation>The students in the list move up one grade from the day the team has set. You see who changes before anything is saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/main_window.py" line="517"/>
        <source>Läsårsskiftet {0} är gjort: %n elever har gått upp en årskurs.</source>
        <translation>
            <numerusform>School year {0} has started: %n student has moved up a grade.</numerusform>
            <numerusform>School year {0} has started: %n students have moved up a grade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="545"/>
        <source>Län eller stad där teamet arbetar (för forskningsurvalet)</source>
        <translation>County or city the team works in (for the research sample)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="551"/>
        <source>Teamet är en privat utförare (gallring efter två år)</source>
        <translation>The team is a private provider (records disposed of after two years)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="553"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="553"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="558"/>
        <source>Förenklad kartläggning från</source>
        <translation>Simplified mapping from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="564"/>
        <source>Förenklad kartläggning till</source>
        <translation>Simplified mapping to</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="570"/>
        <source>Fördjupad kartläggning från</source>
        <translation>In-depth mapping from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="576"/>
        <source>Åtgärdstrappan (en rad per steg: procent, beskrivning)</source>
        <translation>Action ladder (one line per step: percent, description)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="595"/>
        <source>Teamets inställningar är sparade.</source>
        <translation>The team settings are saved.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="602"/>
        <source>Teamets inställningar</source>
        <translation>Team settings</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="606"/>
        <source>Gränserna följer Stockholms frånvarotrappa och ”Hör mig nu!” om inget annat anges. De syns på elevsidan och i underlaget till elevhälsokonferensen.</source>
        <translation>Unless changed, the thresholds follow Stockholm&apos;s absence ladder and “Hör mig nu!”. They show on the student page and in the student health conference material.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="817"/>
        <source>Räknar…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="853"/>
        <source>Sparad som {0}.</source>
        <translation>Saved as {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1022"/>
        <source>Det du skrev senast kunde inte sparas: {0}</source>
        <translation>What you wrote last could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1034"/>
        <source>Påbörjad registrering</source>
        <translation>Unfinished form</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1035"/>
        <source>Du hade en påbörjad registrering: ”{0}” – fortsätt?</source>
        <translation>You had an unfinished form: “{0}” – continue?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1036"/>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1037"/>
        <source>Släng</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1084"/>
        <source>Något gick fel. Ingenting har sparats hälften. Försök igen eller kontakta IT-supporten.</source>
        <translation>Something went wrong. Nothing has been partly saved. Try again or contact IT support.</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="699"/>
        <location filename="../../sstdesk/ui/sync_view.py" line="712"/>
        <source>Ändringar som servern inte tog emot</source>
        <translation>Changes the server did not accept</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="704"/>
        <source>Ändringarna finns kvar på datorn och hindrar inte annan synkronisering. Ändra uppgiften (till exempel korta en mycket lång anteckning) så skickas den nya versionen, eller försök igen när IT-supporten har sett på saken.</source>
        <translation>The changes are kept on this computer and do not hold up other syncing. Change the entry (for example shorten a very long note) and the new version is sent, or try again once IT support has looked into it.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="715"/>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="716"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="189"/>
        <source>För kort – minst 8 tecken.</source>
        <translation>Too short – at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="191"/>
        <source>Stark lösenfras.</source>
        <translation>Strong passphrase.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="193"/>
        <source>Godkänd. Fler ord gör den starkare.</source>
        <translation>Accepted. More words make it stronger.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="195"/>
        <source>Svag. Använd gärna tre eller fler ord.</source>
        <translation>Weak. Use three or more words if you can.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="283"/>
        <source>Glömt lösenfrasen?</source>
        <translation>Forgot the passphrase?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="286"/>
        <source>Skriv in återställningskoden som du fick när du började använda programmet. Stora eller små bokstäver och bindestreck spelar ingen roll. Välj sedan en ny lösenfras.</source>
        <translation>Enter the recovery code you got when you started using the program. Upper or lower case and hyphens do not matter. Then choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="294"/>
        <location filename="../../sstdesk/ui/pages.py" line="311"/>
        <source>Återställningskod</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="302"/>
        <location filename="../../sstdesk/ui/pages.py" line="312"/>
        <source>Ny lösenfras</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="305"/>
        <source>Upprepa den nya lösenfrasen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="314"/>
        <source>Upprepa</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="316"/>
        <source>Öppna dina uppgifter med koden</source>
        <translation>Open your information with the code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="320"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="331"/>
        <source>Skriv in återställningskoden.</source>
        <translation>Type the recovery code.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="334"/>
        <source>Lösenfraserna stämmer inte överens.</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="367"/>
        <location filename="../../sstdesk/ui/pages.py" line="416"/>
        <source>Din återställningskod</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="387"/>
        <source>Kodens grupp {0}</source>
        <translation>Code group {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="396"/>
        <source>Skriv ut koden…</source>
        <translation>Print the code…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="400"/>
        <source>Jag har skrivit ner eller skrivit ut koden</source>
        <translation>I have written down or printed the code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="416"/>
        <source>Din nya återställningskod</source>
        <translation>Your new recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="420"/>
        <source>Den gamla koden öppnar inte längre dina uppgifter på den här datorn. Skriv ner eller skriv ut den nya koden och förvara den inlåst. Den visas bara den här gången. Säkerhetskopior som gjorts tidigare öppnas fortfarande med den kod och den lösenfras som gällde då.</source>
        <translation>The old code no longer opens your information on this computer. Write down or print the new code and keep it locked away. It is shown only this once. Backups made earlier still open with the code and the passphrase that applied then.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="428"/>
        <source>Skriv ner eller skriv ut koden och förvara den inlåst. Den öppnar dina uppgifter om du glömmer lösenfrasen. Koden visas bara den här gången.</source>
        <translation>Write down or print the code and keep it locked away. It opens your information if you forget the passphrase. The code is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="467"/>
        <source>Koden öppnar uppgifterna på datorn om lösenfrasen glöms bort.</source>
        <translation>The code opens the information on the computer if the passphrase is forgotten.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="448"/>
        <source>Skriv ut koden på papper, inte till en fil.</source>
        <translation>Print the code on paper, not to a file.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="451"/>
        <source>Koden är skickad till skrivaren.</source>
        <translation>The code has been sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="462"/>
        <source>sstdesk – återställningskod</source>
        <translation>sstdesk – recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="468"/>
        <source>Förvara papperet inlåst, skilt från datorn. Visa det inte för någon.</source>
        <translation>Keep this paper locked away, apart from the computer. Show it to no one.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="469"/>
        <source>Utskriven {0}.</source>
        <translation>Printed {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="401"/>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="412"/>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="417"/>
        <source>Välj säkerhetskopian (en .sstbak-fil) och skriv lösenfrasen som gällde när den gjordes, eller återställningskoden. Kopian kontrolleras innan något ändras.</source>
        <translation>Choose the backup (a .sstbak file) and type the passphrase that held when it was made, or the recovery code. The backup is checked before anything changes.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="424"/>
        <source>Ingen fil vald.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="426"/>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="431"/>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="435"/>
        <source>Lösenfrasen</source>
        <translation>The passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="436"/>
        <source>Återställningskoden</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="437"/>
        <location filename="../../sstdesk/ui/backup_view.py" line="439"/>
        <source>Öppna med</source>
        <translation>Open with</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="442"/>
        <location filename="../../sstdesk/ui/backup_view.py" line="443"/>
        <source>Lösenfras eller kod</source>
        <translation>Passphrase or code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="446"/>
        <location filename="../../sstdesk/ui/backup_view.py" line="450"/>
        <source>Ny lösenfras</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="449"/>
        <source>Upprepa den nya lösenfrasen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="451"/>
        <source>Upprepa</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="457"/>
        <source>Jag förstår att uppgifterna i programmet på den här datorn ersätts av säkerhetskopians. De tas inte bort utan sparas bredvid, i programmets mapp.</source>
        <translation>I understand that the information in the program on this computer is replaced by the backup&apos;s. It is not deleted but kept beside it, in the program&apos;s folder.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="470"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="474"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="485"/>
        <source>Välj säkerhetskopia</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="487"/>
        <source>Säkerhetskopior från sstdesk (*.sstbak)</source>
        <translation>sstdesk backups (*.sstbak)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="503"/>
        <source>automatisk</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="503"/>
        <source>gjord för hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="505"/>
        <source>{0}: säkerhetskopia från {1} ({2}, {3}).</source>
        <translation>{0}: backup of {1} ({2}, {3}).</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="516"/>
        <source>t.ex. 2VBD-N8NC-SZC4-SR7K-M3QX</source>
        <translation>e.g. 2VBD-N8NC-SZC4-SR7K-M3QX</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="516"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="525"/>
        <source>Välj säkerhetskopian först.</source>
        <translation>Choose the backup first.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="529"/>
        <source>Skriv återställningskoden.</source>
        <translation>Type the recovery code.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="529"/>
        <source>Skriv lösenfrasen.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="534"/>
        <source>De nya lösenfraserna stämmer inte överens.</source>
        <translation>The new passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/backup_view.py" line="538"/>
        <source>Bekräfta att uppgifterna på datorn ersätts (de sparas bredvid).</source>
        <translation>Confirm that the information on the computer is replaced (it is kept beside it).</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <location filename="../../sstdesk/ui/school_year.py" line="35"/>
        <source>Läsårsskifte {0}</source>
        <translation>New school year {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/school_year.py" line="40"/>
        <source>Läsårsskifte till {0}, från {1}. Så här ändras elevlistan. Inget sparas förrän du väljer ”Genomför läsårsskiftet”.</source>
        <translation>New school year {0}, from {1}. This is how the student list changes. Nothing is saved until you choose “Start the new school year”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/school_year.py" line="47"/>
        <source>Förhandsvisning av läsårsskiftet</source>
        <translation>Preview of the new school year</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/school_year.py" line="58"/>
        <source>Genomför läsårsskiftet</source>
        <translation>Start the new school year</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/school_year.py" line="60"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/school_year.py" line="108"/>
        <source>ärendet pågår ({0}): avsluta ärendet (utskrivning) när arbetet är klart – gymnasiebehörigheten anges då</source>
        <translation>the case is open ({0}): close the case (discharge) when the work is done – upper secondary eligibility is given then</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/school_year.py" line="112"/>
        <source>utskriven ({0})</source>
        <translation>discharged ({0})</translation>
    </message>
</context>
<context>
    <name>SipDialog</name>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="81"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="82"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="83"/>
        <source>Verksamhet och huvudman</source>
        <translation>Service and principal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="84"/>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="87"/>
        <source>Insats</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="88"/>
        <source>Behov nr</source>
        <translation>Need no.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="89"/>
        <source>Huvudman</source>
        <translation>Responsible authority</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="90"/>
        <source>Ansvarig verksamhet</source>
        <translation>Responsible service</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="91"/>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="92"/>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="120"/>
        <source>SIP – samordnad individuell plan</source>
        <translation>SIP – coordinated individual plan</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="127"/>
        <source>SIP:ens version och status</source>
        <translation>The SIP&apos;s version and status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="155"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="160"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="164"/>
        <source>Spara utkast</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="165"/>
        <source>Markera som kallad</source>
        <translation>Mark as invited</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="166"/>
        <source>Deltagarna är kallade till SIP-mötet.</source>
        <translation>The participants are called to the SIP meeting.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="167"/>
        <source>Upprätta SIP</source>
        <translation>Establish SIP</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="168"/>
        <source>Följ upp – ny version</source>
        <translation>Follow up – new version</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="171"/>
        <source>SIP:en markeras som uppföljd och en ny version skapas som utkast, med samma innehåll att arbeta vidare med.</source>
        <translation>The SIP is marked as followed up, and a new version is made as a draft with the same content to work on.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="175"/>
        <location filename="../../sstdesk/ui/sip_view.py" line="746"/>
        <source>Skriv ut utkast…</source>
        <translation>Print draft…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="176"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="227"/>
        <source>Inte bestämt</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="235"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="242"/>
        <source>Mötet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="243"/>
        <source>Initiativtagare</source>
        <translation>Initiated by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="244"/>
        <source>Ordförande</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="245"/>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="246"/>
        <source>Mötesdatum</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="247"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="248"/>
        <source>Frågeställning</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="278"/>
        <source>Deltagare och deras huvudmän</source>
        <translation>Participants and their responsible authorities</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="282"/>
        <source>En rad per person: barnet, vårdnadshavarna och varje verksamhet. Skriv verksamheten så att huvudmannen syns, t.ex. ”BUP Söder (regionen)”.</source>
        <translation>One row per person: the child, the guardians and each service. Write the service so that its principal shows, e.g. “BUP Söder (the region)”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="288"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="293"/>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="294"/>
        <source>Ta bort markerad deltagare</source>
        <translation>Remove selected participant</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="302"/>
        <source>Barnets och familjens del</source>
        <translation>The child&apos;s and the family&apos;s part</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="303"/>
        <source>Det här är viktigt för mig (barnet)</source>
        <translation>This is important to me (the child)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="304"/>
        <source>Vårdnadshavarnas beskrivning</source>
        <translation>The guardians&apos; account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="305"/>
        <source>Nuläge i korthet</source>
        <translation>The situation in brief</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="309"/>
        <source>1. Behov och mål</source>
        <translation>1. Needs and goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="312"/>
        <source>Behov (ett per rad)</source>
        <translation>Needs (one per line)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="313"/>
        <source>Till exempel: Stöd kring oro</source>
        <translation>For example: Support with worry</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="316"/>
        <source>Långsiktigt mål</source>
        <translation>Long-term goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="317"/>
        <source>Kortsiktigt mål</source>
        <translation>Short-term goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="321"/>
        <source>2. Insatser – vem gör vad och när</source>
        <translation>2. Interventions – who does what and when</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="325"/>
        <source>En rad per insats, med huvudmannen som svarar för den, verksamheten, en kontaktperson och när. ”Behov nr” är radnumret i behovslistan (t.ex. 1, 2).</source>
        <translation>One row per intervention, with the principal, the service, a contact person and when. “Need no.” is the line number in the list of needs (e.g. 1, 2).</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="331"/>
        <source>Insatser</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="337"/>
        <source>Lägg till insats</source>
        <translation>Add intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="338"/>
        <source>Ta bort markerad insats</source>
        <translation>Remove selected intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="346"/>
        <source>3. Andra aktörers åtgärder</source>
        <translation>3. Measures by other actors</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="349"/>
        <source>Åtgärder av andra än kommunen och regionen</source>
        <translation>Measures by others than the municipality and the region</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="350"/>
        <source>Skriv ”Inga” om det inte finns några.</source>
        <translation>Write “None” if there are none.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="352"/>
        <source>Det barnet och familjen själva gör</source>
        <translation>What the child and the family do themselves</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="353"/>
        <source>Informationsöverföring</source>
        <translation>Passing on information</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="357"/>
        <source>4. Ansvar och uppföljning</source>
        <translation>4. Responsibility and follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="359"/>
        <location filename="../../sstdesk/ui/sip_view.py" line="360"/>
        <source>Huvudansvarig huvudman</source>
        <translation>Responsible authority with overall responsibility</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="361"/>
        <source>Huvudansvarig person</source>
        <translation>Person with overall responsibility</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="362"/>
        <source>Kallar till uppföljning</source>
        <translation>Calls the follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="363"/>
        <source>Datum för uppföljning</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="364"/>
        <source>Så mäts måluppfyllelsen</source>
        <translation>How goal attainment is measured</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="365"/>
        <source>Övrigt och oenighet</source>
        <translation>Other matters and disagreement</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="369"/>
        <location filename="../../sstdesk/ui/sip_view.py" line="373"/>
        <source>Samtycket SIP:en vilar på</source>
        <translation>The consent the SIP rests on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="379"/>
        <source>Samtycke ”{0}”, giltigt {1} – {2}. Parter: {3}.</source>
        <translation>Consent “{0}”, valid {1} – {2}. Parties: {3}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="387"/>
        <source>Ett giltigt samtycke omfattar vården.</source>
        <translation>A valid consent covers health care.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="392"/>
        <source>Registrera ett samtycke som låter BUP eller annan vård få planen.</source>
        <translation>Record a consent that lets BUP or other health care have the plan.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="414"/>
        <source>Det som saknas för att upprätta SIP:en</source>
        <translation>What is missing to establish the SIP</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="421"/>
        <source>{0} och {1}: planen ska säga vilka insatser som behövs, vad varje huvudman ansvarar för, vad andra än kommunen och regionen gör och vem som har det övergripande ansvaret.</source>
        <translation>{0} and {1}: the plan must say which interventions are needed, what each principal answers for, what others than the municipality and the region do, and who has the overall responsibility.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="483"/>
        <source>Huvudman för insats {0}</source>
        <translation>Responsible authority for intervention {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="497"/>
        <source>Markera raden som ska tas bort.</source>
        <translation>Select the row to remove.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="578"/>
        <source>behov nr ska vara radnummer, t.ex. 1, 2</source>
        <translation>need no. must be line numbers, e.g. 1, 2</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="581"/>
        <source>vilken huvudman som svarar för den</source>
        <translation>which principal answers for it</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="640"/>
        <source>insats {0}: {1}</source>
        <translation>intervention {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="657"/>
        <source>Insats {0}: ange {1}.</source>
        <translation>Intervention {0}: give {1}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="673"/>
        <source>ny, inte sparad än</source>
        <translation>new, not saved yet</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="675"/>
        <source>upprättad {0}</source>
        <translation>established {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="677"/>
        <source>{0} (upprättad {1})</source>
        <translation>{0} (established {1})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="682"/>
        <source>SIP, version {0} – {1}</source>
        <translation>SIP, version {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="684"/>
        <source> · uppföljning av version {0}</source>
        <translation> · follow-up of version {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="711"/>
        <source>SIP:en är {0}.</source>
        <translation>The SIP is {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="716"/>
        <source>En upprättad SIP ändras inte. Gör en uppföljning: den blir en ny version att arbeta vidare i.</source>
        <translation>An established SIP does not change. Make a follow-up: it becomes a new version to work on.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="722"/>
        <source>Innan SIP:en kan upprättas saknas</source>
        <translation>Before the SIP can be established, this is missing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="730"/>
        <source>Allt som lagen kräver finns med</source>
        <translation>Everything the law requires is there</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="733"/>
        <source>SIP:en kan upprättas när mötet har hållits och alla är överens.</source>
        <translation>The SIP can be established once the meeting is held and everyone agrees.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="741"/>
        <source>Fyll i det som saknas i listan till höger först.</source>
        <translation>Fill in what the list on the right says is missing first.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="746"/>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="804"/>
        <source>Utkastet är sparat.</source>
        <translation>The draft is saved.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="821"/>
        <source>SIP:en är markerad som kallad.</source>
        <translation>The SIP is marked as called.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="823"/>
        <source>SIP:en är upprättad. Den ändras nu bara genom en uppföljning.</source>
        <translation>The SIP is established. From now on it changes only through a follow-up.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="835"/>
        <source>Version {0} är uppföljd. Version {1} är ett nytt utkast med samma innehåll: ange mötesdatum och nytt datum för uppföljning.</source>
        <translation>Version {0} is followed up. Version {1} is a new draft with the same content: give the meeting date and a new follow-up date.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="914"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="915"/>
        <source>Du har ändrat i SIP:en utan att spara. Spara ändringarna?</source>
        <translation>You have changed the SIP without saving. Save the changes?</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="68"/>
        <source>← Elevlistan</source>
        <translation>← Student list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="71"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="78"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="80"/>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="82"/>
        <source>Årskurs</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="87"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="88"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="100"/>
        <source>Exportera PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="101"/>
        <source>Exportera CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="110"/>
        <source>Vems statistik</source>
        <translation>Whose statistics</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="111"/>
        <source>Teamets statistik</source>
        <translation>The team’s statistics</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="112"/>
        <source>Hela staden (alla team)</source>
        <translation>Whole city (all teams)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="115"/>
        <source>Skicka läsårets statistik till staden…</source>
        <translation>Send the school year’s statistics to the city…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="118"/>
        <source>Teamets antal för läsåret förseglas till stadens statistiker. Servern kan inte läsa dem.</source>
        <translation>The team’s counts for the school year are sealed for the city’s statistician. The server cannot read them.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="124"/>
        <source>Stäm av nya datorers koder…</source>
        <translation>Check new computers&apos; codes…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="127"/>
        <source>Ett team som skickar från en dator vars kod du inte har stämt av räknas inte med förrän du har gjort det.</source>
        <translation>A team that sends from a computer whose code you have not checked is not counted until you have.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="140"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="147"/>
        <source>Diagram: elever under perioden per kön</source>
        <translation>Chart: students in the period by gender</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="150"/>
        <source>Tabeller</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="161"/>
        <source>Egen period…</source>
        <translation>Custom period…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="166"/>
        <source>Alla skolor</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="170"/>
        <source>Alla årskurser</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="172"/>
        <source>Årskurs {0}</source>
        <translation>Grade {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="219"/>
        <source>Här visas alla tal; i PDF och CSV döljs celler under 5 (”&lt;5”) och de celler som annars kunde avslöja dem (”..”).</source>
        <translation>All figures are shown here; in the PDF and CSV, cells under 5 are hidden (“&lt;5”), as are the cells that could otherwise reveal them (“..”).</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="288"/>
        <source>Statistiken sparas okrypterad. Den innehåller inga uppgifter om enskilda: celler med färre än fem elever visas som ”&lt;5”, och celler som annars kunde avslöja dem som ”..”. Exporten loggas.</source>
        <translation>The statistics are saved unencrypted. They contain no information about individuals: cells with fewer than five students are shown as “&lt;5”, and cells that could otherwise reveal them as “..”. The export is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="303"/>
        <source>Teamets antal för {0} – per termin, skola, årskurs och kön, med skolorna numrerade i stället för namngivna och utan uppgifter om enskilda – förseglas till stadens statistiker och skickas till servern, som inte kan läsa dem. Skickas de igen ersätter de de förra.</source>
        <translation>The team&apos;s counts for {0} – by term, school, year group and gender, with the schools numbered instead of named and without details of individuals – are sealed to the city&apos;s statistician and sent to the server, which cannot read them. If they are sent again they replace the earlier ones.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="328"/>
        <source>Stäm av nya datorers koder</source>
        <translation>Check new computers&apos; codes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="333"/>
        <source>Teamen nedan har skickat statistik från en dator du inte har stämt av förut. Servern skulle ha kunnat skicka den i teamets namn, så den räknas inte med ännu. Ring teamet och be dem läsa upp koden som deras dator visade när statistiken skickades. Bocka bara för de koder som stämmer.</source>
        <translation>The teams below have sent statistics from a computer you have not checked before. The server could have sent them in the team&apos;s name, so they are not counted yet. Call the team and ask them to read out the code their computer showed when the statistics were sent. Tick only the codes that match.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="344"/>
        <source>{0}: kod {1} (skickad {2})</source>
        <translation>{0}: code {1} (sent {2})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="355"/>
        <source>Räkna med de markerade</source>
        <translation>Count the ticked ones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/stats_page.py" line="249"/>
        <source>%n dagar</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="250"/>
        <source>{0} dagar</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="276"/>
        <source>per kön</source>
        <translation>by gender</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="294"/>
        <source>Filen lämnar programmets skydd</source>
        <translation>The file leaves the program&apos;s protection</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="310"/>
        <source>Skicka statistiken till staden</source>
        <translation>Send the statistics to the city</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="356"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="366"/>
        <source>Exportera statistik</source>
        <translation>Export statistics</translation>
    </message>
</context>
<context>
    <name>StudentActions</name>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="213"/>
        <source>Personnummer</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="214"/>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="215"/>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="218"/>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="224"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="780"/>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="229"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="786"/>
        <source>Ny skolas namn</source>
        <translation>New school name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="233"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="790"/>
        <source>Årskurs</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="241"/>
        <source>Aktualiserad av</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="252"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1736"/>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="255"/>
        <source>Frånvaro vid aktualisering</source>
        <translation>Absence at referral</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="261"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="310"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="741"/>
        <source>Skyddade personuppgifter</source>
        <translation>Protected personal data</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="286"/>
        <source>Ny elev – aktualisering</source>
        <translation>New student – referral</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="293"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="296"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="302"/>
        <source>Har vårdnaden</source>
        <translation>Has custody</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="306"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="315"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="804"/>
        <source>Tolk (språk)</source>
        <translation>Interpreter (language)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="336"/>
        <source>Lägg till vårdnadshavare</source>
        <translation>Add guardian</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="345"/>
        <source>Händelsedatum</source>
        <translation>Date of event</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="351"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="355"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="370"/>
        <source>Ny journalanteckning</source>
        <translation>New journal note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="380"/>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="386"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="955"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="391"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="394"/>
        <source>Deltagare (en per rad: namn, roll, verksamhet)</source>
        <translation>Participants (one per line: name, role, organisation)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="401"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="407"/>
        <source>Beslut (en per rad: åtgärd, ansvarig)</source>
        <translation>Decisions (one per line: action, responsible)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="427"/>
        <source>Registrera möte</source>
        <translation>Record meeting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="441"/>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="445"/>
        <source>Får dela med</source>
        <translation>May share with</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="451"/>
        <source>Uppgifter</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="457"/>
        <source>Gäller från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="463"/>
        <source>Gäller t.o.m.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="469"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="501"/>
        <source>Samtycket gäller inte</source>
        <translation>The consent does not cover</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="493"/>
        <source>Informerade om rätten att säga nej och återkalla</source>
        <translation>Informed of the right to refuse and withdraw</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="574"/>
        <source>Registrera samtycke</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="612"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="684"/>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="613"/>
        <source>Återkallat av</source>
        <translation>Withdrawn by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="626"/>
        <source>Bara för (tomt = hela samtycket)</source>
        <translation>Only for (empty = the whole consent)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="642"/>
        <source>Återkalla samtycke</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="93"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="98"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="99"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="108"/>
        <source>{0} (eleven)</source>
        <translation>{0} (the student)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="115"/>
        <source>{0} (vårdnadshavare)</source>
        <translation>{0} (guardian)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="119"/>
        <source>God man</source>
        <translation>Trustee (god man)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="131"/>
        <source>Skriv god mans namn.</source>
        <translation>Write the trustee&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="226"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="776"/>
        <source>Ny skola …</source>
        <translation>New school …</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="248"/>
        <source>Aktualiserad den</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="307"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="390"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="475"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="689"/>
        <source>Svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="482"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="693"/>
        <source>Svaren lämnades den</source>
        <translation>Answers given on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="488"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="699"/>
        <source>God man: namn (om eleven har en)</source>
        <translation>Trustee: name (if the student has one)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="507"/>
        <source>Skäl till att bara en vårdnadshavare samtycker</source>
        <translation>Reason only one guardian consents</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="514"/>
        <source>Barnets egen inställning</source>
        <translation>The child&apos;s own view</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="520"/>
        <source>Mognadsbedömning: på vilka grunder</source>
        <translation>Maturity assessment: on what grounds</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="526"/>
        <source>Mognadsbedömning: gjord av</source>
        <translation>Maturity assessment: made by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="531"/>
        <source>Mognadsbedömning: datum</source>
        <translation>Maturity assessment: date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="538"/>
        <source>Eleven kan själv bestämma om samtycket</source>
        <translation>The student can decide on the consent alone</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="540"/>
        <source>Ingen bedömning</source>
        <translation>No assessment</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="577"/>
        <source>Fyll i det familjen faktiskt har sagt. Den som inte har tillfrågats står kvar som ”Ej tillfrågad”.</source>
        <translation>Enter what the family actually said. Anyone not asked stays “Not asked”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="590"/>
        <source>{0} (t.o.m. {1})</source>
        <translation>{0} (until {1})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="607"/>
        <source>Det finns inget samtycke att återkalla.</source>
        <translation>There is no consent to withdraw.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="616"/>
        <source>Återkallelsen kom in den</source>
        <translation>The withdrawal came in on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="622"/>
        <source>Hur (telefon, brev, vid möte …)</source>
        <translation>How (phone, letter, at a meeting …)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="645"/>
        <source>Återkallelsen gäller direkt. Inget mer får lämnas ut till de parter den gäller. De som redan har fått uppgifter hamnar under Att göra, så att du kan meddela dem.</source>
        <translation>The withdrawal applies at once. Nothing more may be disclosed to the parties it covers. Those who already received information appear under To do, so you can tell them.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="659"/>
        <source>{0} ({1}, t.o.m. {2})</source>
        <translation>{0} ({1}, until {2})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="673"/>
        <source>Inget samtycke väntar på svar. Registrera ett nytt samtycke i stället.</source>
        <translation>No consent is waiting for answers. Record a new consent instead.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="720"/>
        <source>Svar på samtycke</source>
        <translation>Answer on a consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="731"/>
        <source>Eleven har skyddade personuppgifter</source>
        <translation>The student has protected personal details</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="745"/>
        <source>Nu: {0}. Med skyddade personuppgifter visas och skrivs skola och adresser aldrig ut, och eleven hittas inte genom en sökning på skolan. Ändringen loggas.</source>
        <translation>Now: {0}. With protected personal details the school and addresses are never shown or printed, and the student is not found by searching the school. The change is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="771"/>
        <source>Nuvarande skola (skyddad)</source>
        <translation>Current school (protected)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="798"/>
        <source>Klass</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="825"/>
        <source>Ändra elevuppgifter</source>
        <translation>Edit student details</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="828"/>
        <source>Ändra det som inte stämmer längre. Byter eleven skola följer det pågående ärendet med. Skyddade personuppgifter ändras under ”Skyddade personuppgifter…”. Ändringen loggas.</source>
        <translation>Change what is no longer right. If the student changes school, the open case goes along. Protected personal details are changed under “Protected personal details…”. The change is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="843"/>
        <source>Handlingsplanen har inga mål ännu.</source>
        <translation>The action plan has no goals yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="859"/>
        <source>Vilket mål?</source>
        <translation>Which goal?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="908"/>
        <source>Ändra mål</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="912"/>
        <source>Mål {0}. Är handlingsplanen fastställd blir den reviderad i dag.</source>
        <translation>Goal {0}. If the action plan is established, it is revised today.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="930"/>
        <source>Boosterträffen hölls {0}.</source>
        <translation>The booster session was held {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="935"/>
        <source>Boosterträffen planeras när eleven är utskriven.</source>
        <translation>The booster session is planned when the student is discharged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="945"/>
        <source>Boosterträffen</source>
        <translation>The booster session</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="948"/>
        <source>är planerad till</source>
        <translation>is planned for</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="949"/>
        <source>hölls den</source>
        <translation>was held on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="970"/>
        <source>Boosterträff</source>
        <translation>Booster session</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="974"/>
        <source>Utskriven {0}. Boosterträffen är planerad till {1}. Flytta den, eller registrera den som hållen.</source>
        <translation>Discharged {0}. The booster session is planned for {1}. Move it, or record it as held.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1000"/>
        <source>Handlingsplanens uppföljning</source>
        <translation>The action plan&apos;s follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1009"/>
        <source>Bokad uppföljning {0}</source>
        <translation>Booked follow-up {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1019"/>
        <source>Boka en ny uppföljning</source>
        <translation>Book a new follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1025"/>
        <source>Ny uppföljning den</source>
        <translation>New follow-up on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1049"/>
        <source>Uppföljningsdatum</source>
        <translation>Follow-up dates</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1052"/>
        <source>Flytta det som ska flyttas. Datumen står under Att göra. En uppföljning som har hållits registreras med ”Uppföljning…”.</source>
        <translation>Move what needs moving. The dates show under To do. A follow-up that has been held is recorded with “Follow-up…”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1073"/>
        <source>Ingen väntar på att få veta om en återkallelse.</source>
        <translation>No one is waiting to be told of a withdrawal.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1081"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1084"/>
        <source>Underrättad den</source>
        <translation>Told on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1088"/>
        <source>Hur (telefon, brev …)</source>
        <translation>How (phone, letter …)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1097"/>
        <source>Meddela om återkallelse</source>
        <translation>Tell of a withdrawal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1107"/>
        <source>Begäran kom in</source>
        <translation>Request received</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1111"/>
        <source>Begärd av (namn)</source>
        <translation>Requested by (name)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1114"/>
        <source>Den som begär är</source>
        <translation>The person asking is</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1120"/>
        <source>Så kontrollerades identiteten (och vårdnaden)</source>
        <translation>How the identity (and custody) was checked</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1139"/>
        <source>Begäran om registerutdrag</source>
        <translation>Request for a register extract</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1142"/>
        <source>Registerutdraget ska lämnas inom en månad. Det syns under Att göra tills det är lämnat.</source>
        <translation>The register extract must be given within one month. It shows under To do until it is given.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1161"/>
        <source>Det finns ingen obesvarad begäran om registerutdrag.</source>
        <translation>There is no unanswered request for a register extract.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1170"/>
        <source>Begäran</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1174"/>
        <source>Lämnat den</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1180"/>
        <source>Hur (personligen, rekommenderat brev …)</source>
        <translation>How (in person, registered letter …)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1190"/>
        <source>Registerutdrag lämnat</source>
        <translation>Register extract given</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1203"/>
        <source>Insamlade handlingar</source>
        <translation>Documents gathered</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1212"/>
        <source>Elevens berättelse</source>
        <translation>The student&apos;s account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1215"/>
        <source>Vårdnadshavarnas berättelse</source>
        <translation>The guardians&apos; account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1217"/>
        <source>Skolans bild</source>
        <translation>The school&apos;s view</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1236"/>
        <source>Påbörja kartläggning</source>
        <translation>Start mapping</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1238"/>
        <source>Kartläggning</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1246"/>
        <source>Påbörja kartläggningen först.</source>
        <translation>Start the mapping first.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1253"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1259"/>
        <source>Risk eller skydd</source>
        <translation>Risk or protective</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1263"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1264"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1575"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1267"/>
        <source>Får delas med skolan</source>
        <translation>May be shared with the school</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1288"/>
        <source>Lägg till faktor</source>
        <translation>Add factor</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1319"/>
        <source>Elevens egna mål</source>
        <translation>The student&apos;s own goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1324"/>
        <source>Vårdnadshavarnas mål</source>
        <translation>The guardians&apos; goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1328"/>
        <source>Mål 1</source>
        <translation>Goal 1</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1332"/>
        <source>Närvaro minst 85 %</source>
        <translation>Attendance at least 85%</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1357"/>
        <source>En gång i veckan</source>
        <translation>Once a week</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1423"/>
        <source>Fastställ handlingsplanen</source>
        <translation>Adopt the action plan</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1431"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1472"/>
        <source>Gör en handlingsplan först.</source>
        <translation>Make an action plan first.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1562"/>
        <source>Giltig frånvaro (%)</source>
        <translation>Authorised absence (%)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1564"/>
        <source>Ogiltig frånvaro (%)</source>
        <translation>Unauthorised absence (%)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1571"/>
        <source>giltig</source>
        <translation>authorised</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1572"/>
        <source>ogiltig</source>
        <translation>unauthorised</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1604"/>
        <source>Perioden överlappar</source>
        <translation>The period overlaps</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1606"/>
        <source>Perioden {0} – {1} överlappar en period som redan finns för ärendet:</source>
        <translation>The period {0} – {1} overlaps a period the case already has:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1611"/>
        <source>Perioden {0} – {1} överlappar {2} perioder som redan finns för ärendet:</source>
        <translation>The period {0} – {1} overlaps {2} periods the case already has:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1620"/>
        <source>{0} – {1}: {2} frånvaro ({3})</source>
        <translation>{0} – {1}: {2} absence ({3})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1633"/>
        <source>Spara ändå om perioderna ska stå kvar sida vid sida, t.ex. när skolan skickat en rättad rapport. Annars går du tillbaka och ändrar datumen.</source>
        <translation>Save anyway if the periods are to stand side by side, e.g. when the school has sent a corrected report. Otherwise go back and change the dates.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1640"/>
        <source>Spara ändå</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1644"/>
        <source>Gå tillbaka</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1677"/>
        <source>Skriv in frånvaron som skolans rapport anger den, i procent (t.ex. 12,5). Den totala frånvaron räknas ut. Under Källa skriver du varifrån siffrorna kommer, t.ex. ”Skola24, utdrag 2026-11-20” eller ”mentorns närvarorapport”.</source>
        <translation>Enter the absence as the school&apos;s report gives it, in percent (e.g. 12.5). The total absence is worked out. Under Source, write where the figures come from, e.g. “Skola24, extract 2026-11-20” or “the mentor&apos;s attendance report”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1763"/>
        <source>Vet ej</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1784"/>
        <source>Avsluta ärendet (utskrivning)</source>
        <translation>Close the case (discharge)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="869"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1331"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1437"/>
        <source>Hur vi vet att vi nått det</source>
        <translation>How we know we reached it</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="874"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1334"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1438"/>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="880"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1335"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1439"/>
        <source>Målvärde</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="886"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1338"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1442"/>
        <source>Mål till</source>
        <translation>Goal by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1344"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1479"/>
        <source>Insats</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1350"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1485"/>
        <source>Vem gör</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1356"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1489"/>
        <source>Hur ofta</source>
        <translation>How often</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1361"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1414"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1367"/>
        <source>Fastställ planen nu</source>
        <translation>Establish the plan now</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1407"/>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="853"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="866"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1436"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1306"/>
        <source>Ärendet har redan en handlingsplan. Lägg till mål och insatser med ”Nytt mål…” och ”Insats…”, eller ”Ändra mål…”.</source>
        <translation>The case already has an action plan. Add goals and interventions with “New goal…” and “Intervention…”, or use “Change goal…”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1464"/>
        <source>Lägg till mål</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1492"/>
        <source>Kopplad till mål</source>
        <translation>Linked to goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1499"/>
        <source>Nivå (1–3)</source>
        <translation>Level (1–3)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1523"/>
        <source>Lägg till insats</source>
        <translation>Add intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1557"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1561"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1568"/>
        <source>Total frånvaro</source>
        <translation>Total absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1674"/>
        <source>Lägg till närvaro</source>
        <translation>Add attendance</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1692"/>
        <source>Hölls</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1698"/>
        <source>Frånvaro nu</source>
        <translation>Absence now</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1704"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1709"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1729"/>
        <source>Registrera uppföljning</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1739"/>
        <source>Frånvaro vid utskrivning</source>
        <translation>Absence at discharge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1745"/>
        <source>Målen är nådda</source>
        <translation>The goals are met</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1751"/>
        <source>Boosterträff (ungefär tre månader efter)</source>
        <translation>Booster session (about three months after)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1760"/>
        <source>Gymnasiebehörig</source>
        <translation>Eligible for upper secondary</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="78"/>
        <location filename="../../sstdesk/ui/student_page.py" line="151"/>
        <source>Aktualisering</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="79"/>
        <location filename="../../sstdesk/ui/student_page.py" line="465"/>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="80"/>
        <location filename="../../sstdesk/ui/student_page.py" line="175"/>
        <source>Kartläggning</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="81"/>
        <source>Planering</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="82"/>
        <source>Genomförande</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="83"/>
        <location filename="../../sstdesk/ui/student_page.py" line="186"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="84"/>
        <location filename="../../sstdesk/ui/student_page.py" line="188"/>
        <source>Utskrivning</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="85"/>
        <source>Booster</source>
        <translation>Booster</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="118"/>
        <source>kl.</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="121"/>
        <source>Ej angivet</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="122"/>
        <source>Kan bestämma själv: {0}.</source>
        <translation>May decide alone: {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="123"/>
        <source>skyddad</source>
        <translation>protected</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="124"/>
        <source>åk</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="125"/>
        <source>t.o.m.</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="126"/>
        <source>Samtycke:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="127"/>
        <source>inget samtycke registrerat – inga uppgifter får delas.</source>
        <translation>no consent recorded – nothing may be shared.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="128"/>
        <source>Får tala med:</source>
        <translation>May talk to:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="129"/>
        <source>Om:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="130"/>
        <source>Handlingsplan, version</source>
        <translation>Action plan, version</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="131"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="132"/>
        <source>Insatser</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="133"/>
        <source>från</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="134"/>
        <source>SIP version</source>
        <translation>SIP version</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="135"/>
        <source>hållen</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="136"/>
        <source>planerad</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="137"/>
        <source>frånvaro</source>
        <translation>absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="138"/>
        <source>beslut:</source>
        <translation>decision:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="139"/>
        <source>Ingen uppföljning ännu.</source>
        <translation>No follow-up yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="140"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="141"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="142"/>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="143"/>
        <source>Målvärde</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="144"/>
        <source>Till</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="145"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="146"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="147"/>
        <source>Giltig</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="148"/>
        <source>Ogiltig</source>
        <translation>Unexcused</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="149"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="150"/>
        <source>Aktualiserad av</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="153"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="154"/>
        <source>Boosterträff</source>
        <translation>Booster session</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="155"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="156"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="157"/>
        <source>Eleven är inte utskriven.</source>
        <translation>The student has not been discharged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="158"/>
        <source>Elevens berättelse</source>
        <translation>The student&apos;s account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="159"/>
        <source>Elevens mål</source>
        <translation>The student&apos;s goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="160"/>
        <source>Frånvaro då</source>
        <translation>Absence then</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="161"/>
        <source>Frånvaro nu</source>
        <translation>Absence now</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="162"/>
        <source>Frånvaro vid start</source>
        <translation>Absence at the start</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="163"/>
        <source>Frånvaro vid utskrivning</source>
        <translation>Absence at discharge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="164"/>
        <source>Gymnasiebehörig</source>
        <translation>Eligible for upper secondary</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="165"/>
        <source>Gäller</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="166"/>
        <source>Gäller inte</source>
        <translation>Does not cover</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="167"/>
        <source>Har samtyckt</source>
        <translation>Have consented</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="168"/>
        <source>Hållen</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="169"/>
        <source>Inga möten registrerade.</source>
        <translation>No meetings recorded.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="170"/>
        <source>Ingen handlingsplan ännu.</source>
        <translation>No action plan yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="171"/>
        <source>Ingen närvaro registrerad.</source>
        <translation>No attendance recorded.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="172"/>
        <source>Inget samtycke ännu.</source>
        <translation>No consent yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="173"/>
        <source>Inget ärende.</source>
        <translation>No case.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="174"/>
        <source>Insamlade handlingar</source>
        <translation>Documents gathered</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="176"/>
        <source>Kartläggningen är inte påbörjad.</source>
        <translation>The mapping has not started.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="177"/>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="178"/>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="179"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="180"/>
        <source>Påbörjad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="181"/>
        <source>Samtycken</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="182"/>
        <source>Skolans bild</source>
        <translation>The school&apos;s view</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="183"/>
        <source>Skolans kontaktperson</source>
        <translation>The school&apos;s contact</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="184"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="185"/>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="187"/>
        <source>Uppgifter</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="189"/>
        <source>Vårdnadshavare</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="190"/>
        <source>Vårdnadshavarnas berättelse</source>
        <translation>The guardians&apos; account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="191"/>
        <source>Vårdnadshavarnas mål</source>
        <translation>The guardians&apos; goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="192"/>
        <source>Återkallat</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="193"/>
        <source>Inga uppgifter får lämnas ut.</source>
        <translation>No information may be disclosed.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="194"/>
        <source>Inget samtycke är registrerat.</source>
        <translation>No consent is registered.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="195"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="196"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="197"/>
        <source>Att meddela om återkallelsen:</source>
        <translation>To be told of the withdrawal:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="198"/>
        <source>födelsedatum delvis okänt</source>
        <translation>date of birth partly unknown</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="199"/>
        <location filename="../../sstdesk/ui/student_page.py" line="483"/>
        <source>Frånvaro</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="208"/>
        <source>Målen nådda</source>
        <translation>Goals met</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="119"/>
        <location filename="../../sstdesk/ui/student_page.py" line="209"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="120"/>
        <location filename="../../sstdesk/ui/student_page.py" line="210"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="211"/>
        <source>SIP aktiv</source>
        <translation>SIP active</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="212"/>
        <source>Orosanmälan gjord</source>
        <translation>Report of concern made</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="213"/>
        <source>Pausat</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="281"/>
        <source>Nytt mål…</source>
        <translation>New goal…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="288"/>
        <source>Boosterträff hållen…</source>
        <translation>Booster session held…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="298"/>
        <source>Ändra uppföljningsdatum…</source>
        <translation>Change follow-up dates…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="299"/>
        <source>Planera eller flytta boosterträff…</source>
        <translation>Plan or move the booster session…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="283"/>
        <source>SIP…</source>
        <translation>SIP…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="470"/>
        <source>Att göra för eleven</source>
        <translation>To do for the student</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="471"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="476"/>
        <location filename="../../sstdesk/ui/student_page.py" line="477"/>
        <source>Senaste anteckningarna</source>
        <translation>Latest notes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="624"/>
        <source>Nästa steg: {0}</source>
        <translation>Next step: {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="645"/>
        <source>Eleven har inget ärende.</source>
        <translation>The student has no case.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="648"/>
        <source>Ärendet är pausat.</source>
        <translation>The case is paused.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="650"/>
        <source>Ärendet är avslutat.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="671"/>
        <source>Inget förfaller.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="684"/>
        <source>Inga anteckningar ännu.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="719"/>
        <source>Avsluta ärendet som ”{0}”? Ett avslutat ärende kan inte öppnas igen.</source>
        <translation>Close the case as “{0}”? A closed case cannot be opened again.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="723"/>
        <source>Ja, avsluta ärendet</source>
        <translation>Yes, close the case</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="724"/>
        <source>Gå tillbaka</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="200"/>
        <source>hela samtycket</source>
        <translation>the whole consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="201"/>
        <source>meddelat</source>
        <translation>told</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="202"/>
        <source>att meddela</source>
        <translation>to tell</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="203"/>
        <source>Svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="204"/>
        <source>Informerade om rätten att säga nej</source>
        <translation>Told of the right to say no</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="205"/>
        <source>Barnets inställning</source>
        <translation>The child&apos;s view</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="206"/>
        <source>Mognadsbedömning</source>
        <translation>Maturity assessment</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="207"/>
        <source>inte:</source>
        <translation>not:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="275"/>
        <source>Vårdnadshavare…</source>
        <translation>Guardian…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="276"/>
        <source>Samtycke…</source>
        <translation>Consent…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="277"/>
        <source>Återkalla samtycke…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="278"/>
        <source>Kartläggning…</source>
        <translation>Mapping…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="279"/>
        <source>Faktor…</source>
        <translation>Factor…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="280"/>
        <source>Handlingsplan…</source>
        <translation>Action plan…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="282"/>
        <source>Insats…</source>
        <translation>Intervention…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="284"/>
        <source>Möte…</source>
        <translation>Meeting…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="285"/>
        <source>Närvaro…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="286"/>
        <source>Uppföljning…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="287"/>
        <source>Avsluta ärendet (utskrivning)…</source>
        <translation>Close the case (discharge)…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="291"/>
        <source>Svar på samtycke…</source>
        <translation>Answer on a consent…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="292"/>
        <source>Skyddade personuppgifter…</source>
        <translation>Protected personal details…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="293"/>
        <source>Meddela om återkallelse…</source>
        <translation>Tell of a withdrawal…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="294"/>
        <source>Begäran om registerutdrag…</source>
        <translation>Request for a register extract…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="295"/>
        <source>Registerutdrag lämnat…</source>
        <translation>Register extract given…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="296"/>
        <source>Ändra elevuppgifter…</source>
        <translation>Edit student details…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="297"/>
        <source>Ändra mål…</source>
        <translation>Edit goal…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="309"/>
        <source>← Elevlistan</source>
        <translation>← Student list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="310"/>
        <source>Tillbaka till elevlistan</source>
        <translation>Back to the student list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="319"/>
        <source>Visa skyddade uppgifter</source>
        <translation>Show protected details</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="321"/>
        <source>Visar skola och adresser för den här eleven. Det loggas.</source>
        <translation>Shows this student&apos;s school and addresses. This is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="363"/>
        <source>Fler åtgärder</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="400"/>
        <location filename="../../sstdesk/ui/student_page.py" line="494"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="431"/>
        <source>Var ärendet står</source>
        <translation>Where the case stands</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="442"/>
        <source>Flytta ärendet till</source>
        <translation>Move the case to</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="445"/>
        <source>Anledning (krävs)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="448"/>
        <source>Flytta</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="450"/>
        <source>Flytta ärendet till:</source>
        <translation>Move the case to:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="460"/>
        <source>Samtycken i korthet</source>
        <translation>Consents at a glance</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="345"/>
        <source>Nästa steg</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="152"/>
        <location filename="../../sstdesk/ui/student_page.py" line="446"/>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="326"/>
        <source>Dokument (Ctrl+P)</source>
        <translation>Documents (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="327"/>
        <source>Skriv ut ett dokument</source>
        <translation>Print a document</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="373"/>
        <source>Arbetar</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="386"/>
        <source>Varför steget inte gick</source>
        <translation>Why the move was refused</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="409"/>
        <location filename="../../sstdesk/ui/student_page.py" line="410"/>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="416"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="418"/>
        <location filename="../../sstdesk/ui/student_page.py" line="419"/>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="57"/>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="58"/>
        <source>Elev</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="59"/>
        <source>Vårdnadshavare</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="60"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="61"/>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="62"/>
        <source>Samtyckets undertecknare</source>
        <translation>Consent signatory</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="63"/>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="64"/>
        <source>Kartläggning</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="65"/>
        <source>Kartläggningsfaktor</source>
        <translation>Mapping factor</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="66"/>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="67"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="68"/>
        <source>Insats</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="69"/>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="70"/>
        <source>Journalanteckning</source>
        <translation>Journal note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="71"/>
        <source>Arbetsanteckning</source>
        <translation>Working note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="72"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="73"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="74"/>
        <source>Begäran om registerutdrag</source>
        <translation>Register extract request</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="75"/>
        <source>Statistikexport</source>
        <translation>Statistics export</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="287"/>
        <source>Uppgifterna i programmet på den här datorn är raderade.</source>
        <translation>The information in the program on this computer is deleted.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="304"/>
        <source>Teamkod (visas hos administratören när datorn har godkänts)</source>
        <translation>Team code (shown on the admin&apos;s screen once the laptop is approved)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="548"/>
        <source>Godkänd. Låt kollegan skriva in teamkoden {0} på sin dator, så tar den emot teamets nyckel.</source>
        <translation>Approved. Have your colleague type the team code {0} on their laptop, and it receives the team key.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="824"/>
        <source>Samma elev registrerad två gånger – slå ihop</source>
        <translation>The same student registered twice – merge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="828"/>
        <source>Loggen från {0} har luckor</source>
        <translation>The audit log from {0} has gaps</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="833"/>
        <source>{0} ändringar från {1} kunde inte läsas</source>
        <translation>{0} changes from {1} could not be read</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="836"/>
        <source>Teamets datorer rapporterar {0} ändringar som inte kunde läsas</source>
        <translation>The team&apos;s laptops report {0} changes that could not be read</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="145"/>
        <location filename="../../sstdesk/ui/sync_view.py" line="241"/>
        <source>Inte ansluten till teamets server.</source>
        <translation>Not connected to the team&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="194"/>
        <source>{0} konflikter att lösa</source>
        <translation>{0} conflicts to settle</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="208"/>
        <source>Synkroniserar…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="372"/>
        <source>Teamet har fått en ny nyckel och en ny återställningskod (till exempel för att en dator har spärrats). Den gamla koden gäller inte längre.</source>
        <translation>The team has a new key and a new recovery code (for example because a laptop was revoked). The old code is no longer valid.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="426"/>
        <source>Byt teamnyckel</source>
        <translation>Replace the team key</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="427"/>
        <source>Teamet får en ny nyckel för allt som skrivs från och med nu, och en ny återställningskod att skriva ut. Spärrade datorer får inte den nya nyckeln. Byta nu?</source>
        <translation>The team gets a new key for everything written from now on, and a new recovery code to print. Revoked laptops do not get the new key. Replace it now?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="442"/>
        <source>Bara teamets administratör kan byta teamnyckel.</source>
        <translation>Only the team admin can replace the team key.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="566"/>
        <source>{0} datorer väntar på godkännande</source>
        <translation>{0} computers waiting for approval</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="244"/>
        <source>Synkroniserat kl. {0}.</source>
        <translation>Synchronised at {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="156"/>
        <source>Väntar på att bli godkänd av teamets administratör. Säkerhetskod att visa för administratören: {0}</source>
        <translation>Waiting for approval by the team admin. Safety code to show the admin: {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="246"/>
        <source>{0} ändringar väntar.</source>
        <translation>{0} changes waiting.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="251"/>
        <source>{0} ändringar togs inte emot</source>
        <translation>{0} changes not accepted</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="272"/>
        <source>Offline – allt är sparat på datorn och skickas senare.</source>
        <translation>Offline – everything is kept on this computer and sent later.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="300"/>
        <source>Användarnamn på servern</source>
        <translation>User name on the server</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="301"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="311"/>
        <source>Teamets återställningskod (bara om ingen kollega kan godkänna)</source>
        <translation>The team&apos;s recovery code (only if no colleague can approve)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="339"/>
        <source>Ansluten.</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="350"/>
        <source>Anslut till teamets server</source>
        <translation>Connect to the team&apos;s server</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="353"/>
        <source>Serverns adress och distriktets CA-certifikat står i Inställningar. Lösenordet sparas inte; datorn får en egen nyckel.</source>
        <translation>The server&apos;s address and the district&apos;s CA certificate are in Settings. The password is not stored; the computer gets a key of its own.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="364"/>
        <source>Teamets återställningskod</source>
        <translation>The team&apos;s recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="365"/>
        <source>Skriv ut koden och lås in den. Med den kan en ny dator få teamets nyckel om alla teamets datorer skulle försvinna. Den visas bara nu.</source>
        <translation>Print the code and lock it away. With it a new computer can get the team&apos;s key should all the team&apos;s computers be lost. It is shown only now.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="94"/>
        <source>Lås upp sstdesk</source>
        <translation>Unlock sstdesk</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="96"/>
        <source>Skriv din lösenfras för att öppna dina uppgifter på den här datorn.</source>
        <translation>Enter your passphrase to open your information on this computer.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="102"/>
        <location filename="../../sstdesk/ui/pages.py" line="103"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="105"/>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="108"/>
        <source>Glömt lösenfrasen?</source>
        <translation>Forgot the passphrase?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="116"/>
        <source>Återställ från säkerhetskopia…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="119"/>
        <source>Börja om från början, utan uppgifter…</source>
        <translation>Start over, without information…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="124"/>
        <source>Programmet börjar om utan uppgifter, med en ny lösenfras. Den krypterade filen med dina uppgifter tas inte bort utan läggs i en egen mapp på datorn. Skriv BÖRJA OM för att bekräfta.</source>
        <translation>The program starts over without information, with a new passphrase. The encrypted file with your information is not deleted but moved into a folder of its own on the computer. Type BÖRJA OM to confirm.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="131"/>
        <source>Bekräfta med BÖRJA OM</source>
        <translation>Confirm with BÖRJA OM</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="133"/>
        <source>Börja om</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>_Centered</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="73"/>
        <source>Arbetar</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="81"/>
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../build/labels_tr.py" line="3"/>
        <source>Aktualiserad</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="4"/>
        <source>Samtycke inhämtas</source>
        <translation>Obtaining consent</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="5"/>
        <source>Inskriven – kartläggning</source>
        <translation>Enrolled – mapping</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="6"/>
        <source>Planering</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="7"/>
        <source>Genomförande</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="8"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="9"/>
        <source>Utskriven</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="10"/>
        <source>Boosterträff genomförd</source>
        <translation>Booster session held</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="11"/>
        <location filename="../../build/labels_tr.py" line="88"/>
        <location filename="../../build/labels_tr.py" line="141"/>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="12"/>
        <source>Avslutad, ej inskriven</source>
        <translation>Closed, not enrolled</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="13"/>
        <source>Avbrutet</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="14"/>
        <source>Flicka</source>
        <translation>Girl</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="15"/>
        <source>Pojke</source>
        <translation>Boy</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="16"/>
        <location filename="../../build/labels_tr.py" line="42"/>
        <location filename="../../build/labels_tr.py" line="123"/>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="17"/>
        <source>Ej angivet</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="18"/>
        <location filename="../../build/labels_tr.py" line="101"/>
        <source>Skolan</source>
        <translation>The school</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="19"/>
        <location filename="../../build/labels_tr.py" line="56"/>
        <location filename="../../build/labels_tr.py" line="62"/>
        <location filename="../../build/labels_tr.py" line="64"/>
        <location filename="../../build/labels_tr.py" line="102"/>
        <source>Vårdnadshavare</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="20"/>
        <location filename="../../build/labels_tr.py" line="61"/>
        <source>Eleven själv</source>
        <translation>The student</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="21"/>
        <location filename="../../build/labels_tr.py" line="24"/>
        <source>Socialtjänsten</source>
        <translation>Social services</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="22"/>
        <location filename="../../build/labels_tr.py" line="150"/>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="23"/>
        <source>Skolan (elevhälsan)</source>
        <translation>School (student health)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="25"/>
        <source>BUP</source>
        <translation>Child and adolescent psychiatry (BUP)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="26"/>
        <source>Första linjen</source>
        <translation>First-line care</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="27"/>
        <source>Habiliteringen</source>
        <translation>Habilitation</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="28"/>
        <source>Primärvården</source>
        <translation>Primary care</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="29"/>
        <source>Fritidsverksamhet</source>
        <translation>Leisure activities</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="30"/>
        <source>Polisen</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="31"/>
        <location filename="../../build/labels_tr.py" line="104"/>
        <source>Annan aktör</source>
        <translation>Other party</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="32"/>
        <source>Närvaro och frånvaro</source>
        <translation>Attendance and absence</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="33"/>
        <source>Åtgärdsprogram och pedagogiska utredningar</source>
        <translation>Support programmes and pedagogical assessments</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="34"/>
        <source>Betyg och omdömen</source>
        <translation>Grades and assessments</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="35"/>
        <source>Anpassningar</source>
        <translation>Adaptations</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="36"/>
        <location filename="../../build/labels_tr.py" line="81"/>
        <source>IUP</source>
        <translation>Individual development plan (IUP)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="37"/>
        <source>Elevhälsans psykosociala, psykologiska och medicinska uppgifter</source>
        <translation>Student health&apos;s psychosocial, psychological and medical information</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="38"/>
        <source>Tidigare utredningar och insatser från socialtjänsten</source>
        <translation>Earlier social services investigations and interventions</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="39"/>
        <source>Uppgifter om familjens situation</source>
        <translation>The family&apos;s situation</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="40"/>
        <source>Kartläggningens resultat</source>
        <translation>Findings of the mapping</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="41"/>
        <source>Handlingsplan och insatser</source>
        <translation>Action plan and interventions</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="43"/>
        <location filename="../../build/labels_tr.py" line="85"/>
        <location filename="../../build/labels_tr.py" line="124"/>
        <location filename="../../build/labels_tr.py" line="137"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="44"/>
        <source>Gäller ännu inte</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="45"/>
        <source>Ofullständigt</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="46"/>
        <source>Giltigt</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="47"/>
        <source>Utgånget</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="48"/>
        <source>Delvis återkallat</source>
        <translation>Partly withdrawn</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="49"/>
        <source>Återkallat</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="50"/>
        <source>Skriftligt</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="51"/>
        <source>Muntligt</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="52"/>
        <source>Lämna ut</source>
        <translation>Disclose</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="53"/>
        <source>Hämta in</source>
        <translation>Obtain</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="54"/>
        <source>Båda</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="55"/>
        <source>Elev</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="57"/>
        <source>God man</source>
        <translation>Trustee</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="58"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="59"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="60"/>
        <source>Delvis, med förbehåll</source>
        <translation>Partly, with a reservation</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="63"/>
        <source>Ombud eller god man</source>
        <translation>Representative or trustee</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="65"/>
        <source>Förälder (ej vårdnadshavare)</source>
        <translation>Parent (not guardian)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="66"/>
        <source>Syskon</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="67"/>
        <source>Annan närstående</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="68"/>
        <source>Skolrelaterade faktorer</source>
        <translation>School-related factors</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="69"/>
        <source>Individrelaterade faktorer</source>
        <translation>Individual factors</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="70"/>
        <source>Familjerelaterade faktorer</source>
        <translation>Family-related factors</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="71"/>
        <source>Ytterligare faktorer</source>
        <translation>Further factors</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="72"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="73"/>
        <source>Skydd</source>
        <translation>Protective</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="74"/>
        <source>Åtgärdsprogram</source>
        <translation>Support programme</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="75"/>
        <source>Pedagogiska utredningar</source>
        <translation>Pedagogical assessments</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="76"/>
        <source>Anmälningar om kränkande behandling</source>
        <translation>Reports of degrading treatment</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="77"/>
        <source>Anmälningar till Skolinspektionen</source>
        <translation>Reports to the Schools Inspectorate</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="78"/>
        <source>Registrerad närvaro</source>
        <translation>Recorded attendance</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="79"/>
        <source>Betyg och måluppfyllelse</source>
        <translation>Grades and goal attainment</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="80"/>
        <source>Dokumenterade anpassningar</source>
        <translation>Documented adaptations</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="82"/>
        <source>Klagomål</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="83"/>
        <source>Tidigare socialtjänstutredningar</source>
        <translation>Earlier social services investigations</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="84"/>
        <source>Föräldrars dokumenterade synpunkter</source>
        <translation>Parents&apos; documented views</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="86"/>
        <source>Fastställd</source>
        <translation>Established</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="87"/>
        <source>Reviderad</source>
        <translation>Revised</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="89"/>
        <source>Föräldraskapsstöd, individuellt</source>
        <translation>Parenting support, individual</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="90"/>
        <source>Föräldraskapsstöd i grupp</source>
        <translation>Parenting support in a group</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="91"/>
        <source>Motiverande samtal</source>
        <translation>Motivational interviewing</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="92"/>
        <source>Stödjande samtal</source>
        <translation>Supportive talks</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="93"/>
        <source>Samordning av insatser</source>
        <translation>Coordination of interventions</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="94"/>
        <source>Relationsskapande arbete</source>
        <translation>Relationship building</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="95"/>
        <source>Fysiska och sociala anpassningar</source>
        <translation>Physical and social adaptations</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="96"/>
        <location filename="../../build/labels_tr.py" line="118"/>
        <source>Hembesök</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="97"/>
        <source>Morgonstöd</source>
        <translation>Morning support</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="98"/>
        <source>Fritidsvägledning</source>
        <translation>Leisure guidance</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="99"/>
        <source>Annan insats</source>
        <translation>Other intervention</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="100"/>
        <source>Skolsocialt team</source>
        <translation>School social team</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="103"/>
        <source>Eleven</source>
        <translation>The student</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="105"/>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="106"/>
        <source>Pågår</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="107"/>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="108"/>
        <source>Avbruten</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="109"/>
        <location filename="../../build/labels_tr.py" line="120"/>
        <source>Elevhälsokonferens</source>
        <translation>Student health conference</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="110"/>
        <location filename="../../build/labels_tr.py" line="121"/>
        <source>SIP-möte</source>
        <translation>SIP meeting</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="111"/>
        <source>SIP-uppföljning</source>
        <translation>SIP follow-up</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="112"/>
        <source>Nätverksmöte</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="113"/>
        <source>Uppföljningsmöte</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="114"/>
        <source>Boosterträff</source>
        <translation>Booster session</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="115"/>
        <source>Samtal med eleven</source>
        <translation>Talk with the student</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="116"/>
        <source>Samtal med vårdnadshavare</source>
        <translation>Talk with guardian</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="117"/>
        <source>Telefonsamtal</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="119"/>
        <source>Möte på skolan</source>
        <translation>Meeting at school</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="122"/>
        <source>Samverkan</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="125"/>
        <source>Signerad</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="126"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="127"/>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="128"/>
        <source>Den enskilde anser uppgiften oriktig</source>
        <translation>The person considers the entry incorrect</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="129"/>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="130"/>
        <source>Revidera planen</source>
        <translation>Revise the plan</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="131"/>
        <source>Avsluta</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="132"/>
        <source>Uppnått</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="133"/>
        <source>Delvis uppnått</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="134"/>
        <source>Ej uppnått</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="135"/>
        <source>Manuellt inmatad</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="136"/>
        <source>Importerad</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="138"/>
        <source>Kallad</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="139"/>
        <source>Upprättad</source>
        <translation>Established</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="140"/>
        <source>Uppföljd</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="142"/>
        <source>SIP-utkast</source>
        <translation>SIP draft</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="143"/>
        <source>Underlag till elevhälsokonferens</source>
        <translation>Material for the student health conference</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="144"/>
        <source>Samtyckesblankett</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="145"/>
        <source>Individuell handlingsplan</source>
        <translation>Individual action plan</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="146"/>
        <source>Registerutdrag</source>
        <translation>Register extract</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="147"/>
        <source>Kommunen – socialtjänsten</source>
        <translation>Municipality – social services</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="148"/>
        <source>Kommunen – skolan</source>
        <translation>Municipality – school</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="149"/>
        <source>Regionen</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../build/labels_tr.py" line="182"/>
        <source>logotypen ska vara en PNG- eller JPEG-fil under 2 MB</source>
        <translation>the logo must be a PNG or JPEG file under 2 MB</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="183"/>
        <source>Eleven har inget ärende hos teamet.</source>
        <translation>The student has no case with the team.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="184"/>
        <source>Eleven har ingen handlingsplan i ärendet. Påbörja planen först.</source>
        <translation>The student has no action plan in the case. Start the plan first.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="185"/>
        <source>Eleven har ingen SIP i ärendet. Skapa en SIP först.</source>
        <translation>The student has no SIP in the case. Create a SIP first.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="186"/>
        <source>{youngest}–{oldest} år (födelsedatumet är inte helt känt)</source>
        <translation>{youngest}–{oldest} years old (the date of birth is not fully known)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="187"/>
        <source>Samtycke saknas från vårdnadshavare {names}.</source>
        <translation>Consent is missing from the guardian {names}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="188"/>
        <source>{category} får inte lämnas till {party}</source>
        <translation>{category} may not be given to {party}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="199"/>
        <source>Ange syftet med samtycket.</source>
        <translation>State the purpose of the consent.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="200"/>
        <source>Ange minst en part som uppgifter får delas med.</source>
        <translation>State at least one party that information may be shared with.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="201"/>
        <source>Ange vilka uppgifter som får delas.</source>
        <translation>State which information may be shared.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="202"/>
        <source>Samtyckets slutdatum ligger före startdatumet.</source>
        <translation>The end date of the consent is before the start date.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="203"/>
        <source>Ett samtycke ska vara tidsbegränsat och gälla högst ett år. Välj ett tidigare slutdatum.</source>
        <translation>A consent must be time-limited and valid for at most one year. Choose an earlier end date.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="204"/>
        <source>Ange vem som tog emot det muntliga samtycket.</source>
        <translation>State who received the verbal consent.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="205"/>
        <source>Ange om de tillfrågade har fått veta att de kan säga nej och när som helst återkalla samtycket.</source>
        <translation>State whether those asked have been told that they may say no and withdraw the consent at any time.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="207"/>
        <source>Mognadsbedömningen kan inte vara daterad i framtiden.</source>
        <translation>The maturity assessment cannot be dated in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="189"/>
        <source>{age} år</source>
        <translation>{age} years old</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="190"/>
        <source>{who} har sagt nej.</source>
        <translation>{who} said no.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="191"/>
        <source>Eleven är {age}, myndig, och lämnar själv sitt samtycke.</source>
        <translation>The student is {age}, of age, and gives consent alone.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="193"/>
        <source>Eleven är {age} och ska samtycka tillsammans med vårdnadshavarna.</source>
        <translation>The student is {age} and consents together with the guardians.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="194"/>
        <source>Eleven är {age}, så det är inte säkert att eleven får bestämma själv. {missing}</source>
        <translation>The student is {age}, so it is not certain that the student may decide alone. {missing}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="196"/>
        <source>inga uppgifter om {categories} till {parties}</source>
        <translation>no information about {categories} to {parties}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="197"/>
        <source>inget samtycke omfattar {party}</source>
        <translation>no consent covers {party}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="223"/>
        <source>Ange vem som återkallade samtycket.</source>
        <translation>State who withdrew the consent.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="224"/>
        <source>Ange hur återkallelsen kom in (till exempel telefon eller brev).</source>
        <translation>State how the withdrawal came in (for example by phone or letter).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="198"/>
        <source>{party} har inget att underrättas om för det här samtycket.</source>
        <translation>{party} has nothing to be notified about for this consent.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="181"/>
        <source>statistics_key ska vara statistikerns publika nyckel (base64)</source>
        <translation>statistics_key must be the statistician’s public key (base64)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="206"/>
        <source>Samtycket gick ut {valid_until}. Ett samtycke som redan har gått ut kan inte registreras som nytt.</source>
        <translation>The consent expired on {valid_until}. A consent that has already expired cannot be recorded as new.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="208"/>
        <source>Ingen har ännu svarat på samtycket.</source>
        <translation>No one has answered the consent yet.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="209"/>
        <source>De tillfrågade har inte fått veta att de kan säga nej och när som helst återkalla samtycket.</source>
        <translation>Those asked have not been told that they may say no and withdraw the consent at any time.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="210"/>
        <source>Samtycket gäller först från {day} (då lämnades det sista svaret).</source>
        <translation>The consent is valid only from {day} (when the last answer was given).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="211"/>
        <source>Samtycket gäller först från {day}.</source>
        <translation>The consent is valid only from {day}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="212"/>
        <source>Samtycket gick ut {day}.</source>
        <translation>The consent expired on {day}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="213"/>
        <source>Samtycket återkallades {day}.</source>
        <translation>The consent was withdrawn on {day}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="214"/>
        <source>för {parties} {day}</source>
        <translation>for {parties} on {day}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="215"/>
        <source>Återkallat {parts}.</source>
        <translation>Withdrawn {parts}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="216"/>
        <source>Eleven är {age} och ska själv lämna sitt samtycke.</source>
        <translation>The student is {age} and gives consent alone.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="217"/>
        <source>Eleven är {age} och ska samtycka tillsammans med god man.</source>
        <translation>The student is {age} and consents together with the legal representative (god man).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="218"/>
        <source>Ingen vårdnadshavare är registrerad för eleven.</source>
        <translation>No guardian is registered for the student.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="219"/>
        <source>inget till {parties}</source>
        <translation>nothing to {parties}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="220"/>
        <source>inga uppgifter om {categories}</source>
        <translation>no information about {categories}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="221"/>
        <source>Samtycke finns t.o.m. {until} ({left}).</source>
        <translation>There is consent until {until} ({left}).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="222"/>
        <source>Samtycket är redan återkallat ({gone}).</source>
        <translation>The consent has already been withdrawn ({gone}).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="225"/>
        <source>Samtycket omfattar inte {items}, så det kan inte återkallas för den parten.</source>
        <translation>The consent does not cover {items}, so it cannot be withdrawn for that party.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="226"/>
        <source>Samtycket är redan återkallat för {items}.</source>
        <translation>The consent has already been withdrawn for {items}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="227"/>
        <source>{name} har svarat två gånger på samma samtycke.</source>
        <translation>{name} has answered the same consent twice.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="228"/>
        <source>Ange vad förbehållet från {name} gäller: vilka parter eller vilka uppgifter som inte får lämnas ut.</source>
        <translation>State what the reservation from {name} covers: which parties or which information may not be given out.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="229"/>
        <source>Förbehållet från {name} nämner {items}, som samtycket inte omfattar. Ta bort den parten ur förbehållet.</source>
        <translation>The reservation from {name} mentions {items}, which the consent does not cover. Remove that party from the reservation.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="230"/>
        <source>Svaret från {name} är daterat {signed_on}, i framtiden. Ange dagen svaret lämnades.</source>
        <translation>The answer from {name} is dated {signed_on}, in the future. Enter the day the answer was given.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="231"/>
        <source>samtycket från {since} gäller {named}, inte elevens skola</source>
        <translation>the consent of {since} covers {named}, not the student&apos;s school</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="232"/>
        <source>samtycket från {since} gäller bara att hämta in uppgifter, inte att lämna ut</source>
        <translation>the consent of {since} covers only obtaining information, not giving it out</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="233"/>
        <source>samtycket från {since} omfattar inte ”{category}”</source>
        <translation>the consent of {since} does not cover “{category}”</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="234"/>
        <source>samtycket från {since} återkallades för {party} {day}</source>
        <translation>the consent of {since} was withdrawn for {party} on {day}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="235"/>
        <source>Underrättelsen kan inte ligga före återkallelsen.</source>
        <translation>The notice cannot be before the withdrawal.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="236"/>
        <source>{who} har ett förbehåll: {reservation}</source>
        <translation>{who} has a reservation: {reservation}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="237"/>
        <source>{title} kan inte skrivas ut. {why} Registrera ett samtycke som omfattar den parten och de uppgifterna, eller välj ett annat dokument.</source>
        <translation>{title} cannot be printed. {why} Record a consent that covers that party and that information, or choose another document.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="238"/>
        <source>Boosterträff</source>
        <translation>Booster session</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="239"/>
        <source>Samtycket går ut {day}</source>
        <translation>The consent expires on {day}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="240"/>
        <source>Registerutdrag ska lämnas senast {day}</source>
        <translation>Register extract due by {day}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="241"/>
        <source>Bevaras (forskningsurval) – gallras inte</source>
        <translation>Kept (research sample) – not disposed of</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="242"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="243"/>
        <source>Handlingsplanen följs upp</source>
        <translation>Action plan follow-up</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="245"/>
        <source>Meddela {party} att samtycket återkallats</source>
        <translation>Tell {party} that the consent was withdrawn</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="246"/>
        <source>Födelsedagen är okänd – kan höra till forskningsurvalet och gallras inte förrän det är utrett</source>
        <translation>The birthday is unknown – it may belong to the research sample and is not disposed of until that is known</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="247"/>
        <source>Gallras tidigast {earliest}, senast {latest}</source>
        <translation>The records may be disposed of from {earliest}, and by {latest} at the latest</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="249"/>
        <source>En tom anteckning kan inte signeras.</source>
        <translation>An empty note cannot be signed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="250"/>
        <source>Händelsedatumet ligger i framtiden. Rätta datumet innan du signerar.</source>
        <translation>The event date is in the future. Correct the date before you sign.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="251"/>
        <source>Ett utkast rättas genom att det ändras direkt.</source>
        <translation>A draft is corrected by changing it directly.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="252"/>
        <source>Arbetsanteckningen är redan förd till journalen.</source>
        <translation>The working note has already been entered in the journal.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="253"/>
        <source>Arbetsanteckningen är tom.</source>
        <translation>The working note is empty.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="248"/>
        <source>Anteckningen signerades {signed_at} och kan inte ändras. Använd ”Rätta” för att skriva en rättelse.</source>
        <translation>The note was signed on {signed_at} and cannot be changed. Use “Correct” to write a correction.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="265"/>
        <source>Ange anledningen till utskrivningen.</source>
        <translation>State the reason for the discharge.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="266"/>
        <source>Utskrivningsdatumet ligger före inskrivningen.</source>
        <translation>The discharge date is before the enrolment.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="267"/>
        <source>Boosterträffen kan inte hållas före utskrivningen {closed_on}.</source>
        <translation>The booster session cannot be held before the discharge on {closed_on}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="270"/>
        <source>Plustecken används bara i tiosiffrig form (ÅÅMMDD+NNNN). Skriv det tolvsiffriga numret med bindestreck.</source>
        <translation>A plus sign is used only in the ten-digit form (YYMMDD+NNNN). Write the twelve-digit number with a hyphen.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="272"/>
        <source>Födelsenumret (siffrorna efter datumet) kan inte vara 000 – det går från 001 till 999. Kontrollera numret mot en handling.</source>
        <translation>The birth number (the digits after the date) cannot be 000 – it runs from 001 to 999. Check the number against a document.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="273"/>
        <source>Kontrollsiffran stämmer inte – troligen är en siffra felskriven. Kontrollera numret mot en handling.</source>
        <translation>The check digit does not match – a digit is probably mistyped. Check the number against a document.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="268"/>
        <source>Personnumret innehåller otillåtna tecken ({items}). Skriv det som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</source>
        <translation>The personal identity number contains characters that are not allowed ({items}). Write it as YYYYMMDD-NNNN or YYMMDD-NNNN.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="275"/>
        <source>Bindestrecket eller plustecknet står på fel plats. Skriv numret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</source>
        <translation>The hyphen or plus sign is in the wrong place. Write the number as YYYYMMDD-NNNN or YYMMDD-NNNN.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="269"/>
        <source>Personnumret ska ha 10 eller 12 siffror, men har {count}. Skriv det som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</source>
        <translation>The personal identity number must have 10 or 12 digits, but has {count}. Write it as YYYYMMDD-NNNN or YYMMDD-NNNN.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="271"/>
        <source>Födelsedatumet {value} ligger i framtiden. Kontrollera årtalet.{hint}</source>
        <translation>The date of birth {value} is in the future. Check the year.{hint}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="274"/>
        <source>Dagen {day_digits} finns inte i ett personnummer (01–31, eller 61–91 i ett samordningsnummer). Kontrollera siffrorna.</source>
        <translation>The day {day_digits} does not exist in a personal identity number (01–31, or 61–91 in a coordination number). Check the digits.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="276"/>
        <source>Samordningsnumrets datum {year}-{month}-{day} finns inte: månaden ska vara 00–12 och dagen 60–91 (dagens nummer plus 60). Kontrollera siffrorna.</source>
        <translation>The date {year}-{month}-{day} in the coordination number does not exist: the month must be 00–12 and the day 60–91 (the day of the month plus 60). Check the digits.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="277"/>
        <source>Personnumrets datum {year}-{month}-{day_digits} finns inte i kalendern. Kontrollera siffrorna.</source>
        <translation>The date {year}-{month}-{day_digits} in the personal identity number does not exist in the calendar. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="279"/>
        <source>behoven (vilka insatser som behövs)</source>
        <translation>the needs (which interventions are needed)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="280"/>
        <source>insatserna och vilken huvudman som svarar för varje</source>
        <translation>the interventions and which principal is responsible for each</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="281"/>
        <source>åtgärder av andra än kommunen och regionen (skriv ”Inga” om det inte finns några)</source>
        <translation>measures by others than the municipality and the region (write “None” if there are none)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="282"/>
        <source>vilken huvudman som har det övergripande ansvaret</source>
        <translation>which principal has the overall responsibility</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="283"/>
        <source>datum för uppföljning</source>
        <translation>the follow-up date</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="284"/>
        <source>samtycke till SIP ({problem})</source>
        <translation>consent to the SIP ({problem})</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="285"/>
        <source>Uppföljningsdatumet {day} har redan passerat. Välj ett datum framåt i tiden.</source>
        <translation>The follow-up date {day} has already passed. Choose a date in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="286"/>
        <source>En SIP kan inte gå från ”{old}” till ”{new}”.</source>
        <translation>A SIP cannot go from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="287"/>
        <source>insats {number}: {lacking}</source>
        <translation>intervention {number}: {lacking}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="288"/>
        <source>Insats {number} saknar beskrivning. Skriv vad insatsen är, eller ta bort raden.</source>
        <translation>Intervention {number} has no description. Write what the intervention is, or remove the row.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="289"/>
        <source>SIP:en kan inte upprättas. Det saknas: {missing}.</source>
        <translation>The SIP cannot be established. Missing: {missing}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="290"/>
        <source>Uppföljningsdatumet ska ligga efter dagens datum.</source>
        <translation>The follow-up date must be after today.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="291"/>
        <source>vad insatsen är</source>
        <translation>what the intervention is</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="292"/>
        <source>ansvarig verksamhet</source>
        <translation>responsible service</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="293"/>
        <source>kontaktperson</source>
        <translation>contact person</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="294"/>
        <source>när</source>
        <translation>when</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="298"/>
        <source>Gränserna ska komma i ordning: förenklad kartläggning från, till, och sedan fördjupad kartläggning.</source>
        <translation>The limits must come in order: simplified mapping from, to, and then in-depth mapping.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="299"/>
        <source>Varje steg i åtgärdstrappan behöver en beskrivning.</source>
        <translation>Each step in the action ladder needs a description.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="295"/>
        <source>Gränsen för fördjupad kartläggning är nådd ({deep})</source>
        <translation>The threshold for an in-depth mapping is reached ({deep})</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="296"/>
        <source>Över gränsen för förenklad kartläggning ({high})</source>
        <translation>Above the threshold for a simplified mapping ({high})</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="297"/>
        <source>Inom gränsen för förenklad kartläggning ({low}–{high})</source>
        <translation>Within the range for a simplified mapping ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="300"/>
        <source>Rad {number} i åtgärdstrappan ska vara en procentsats och sedan vad steget innebär, till exempel ”10 % Steg 2: elevhälsan kopplas in”.</source>
        <translation>Line {number} in the action ladder must be a percentage followed by what the step means, for example “10 % Step 2: student health is brought in”.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="301"/>
        <source>{label}: ange en frånvaro mellan 0 och 100 %.</source>
        <translation>{label}: enter an absence between 0 and 100 %.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="302"/>
        <source>Ange elevens för- och efternamn.</source>
        <translation>Enter the student&apos;s first and last name.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="305"/>
        <source>Periodens slutdatum ligger före startdatumet.</source>
        <translation>The end date of the period is before the start date.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="306"/>
        <source>Perioden har inte börjat ännu.</source>
        <translation>The period has not started yet.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="308"/>
        <source>Antalet lektioner kan inte vara negativt.</source>
        <translation>The number of lessons cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="303"/>
        <source>Årskursen ska vara mellan {lowest} och {highest}.</source>
        <translation>The grade must be between {lowest} and {highest}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="304"/>
        <source>Personnumret ger födelsedatumet {value}, och den som är född då går inte i grundskolan. Kontrollera numret – plustecken skrivs bara för den som fyller 100 år i år eller är äldre.</source>
        <translation>The personal identity number gives the date of birth {value}, and someone born then is not in compulsory school. Check the number – a plus sign is only written for someone who turns 100 this year or is older.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="307"/>
        <source>Giltig ({valid_absence_pct} %) och ogiltig ({invalid_absence_pct} %) frånvaro ska tillsammans bli den totala ({total_absence_pct} %).</source>
        <translation>Valid ({valid_absence_pct} %) and invalid ({invalid_absence_pct} %) absence must add up to the total ({total_absence_pct} %).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="309"/>
        <source>{label} ska vara mellan 0 och 100 %, inte {value} %.</source>
        <translation>{label} must be between 0 and 100 %, not {value} %.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="346"/>
        <source>Giltig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="347"/>
        <source>Ogiltig</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="348"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="358"/>
        <source>Periodens slut ligger före dess början.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="349"/>
        <source>Giltig frånvaro</source>
        <translation>Valid absence</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="350"/>
        <source>Ogiltig frånvaro</source>
        <translation>Invalid absence</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="360"/>
        <source>Giltig och ogiltig frånvaro är tillsammans mer än 100 %.</source>
        <translation>Valid and invalid absence together are more than 100 %.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="356"/>
        <source>{label} ”{text}” är inget datum (skriv ÅÅÅÅ-MM-DD).</source>
        <translation>{label} “{text}” is not a date (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="363"/>
        <source>Period från</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="364"/>
        <source>Period till</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="374"/>
        <source>Perioden saknas: ange den för hela filen.</source>
        <translation>The period is missing: enter it for the whole file.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="359"/>
        <source>Perioden slutar {value}, i framtiden.</source>
        <translation>The period ends on {value}, in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="351"/>
        <source>Total frånvaro</source>
        <translation>Total absence</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="352"/>
        <source>Schemalagd tid</source>
        <translation>Scheduled time</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="377"/>
        <source>Schemalagd tid är noll: frånvaron kan inte räknas i procent.</source>
        <translation>Scheduled time is zero: the absence cannot be calculated as a percentage.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="443"/>
        <source>minuter</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="444"/>
        <source>lektioner</source>
        <translation>lessons</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="365"/>
        <source>{label} saknas.</source>
        <translation>{label} is missing.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="367"/>
        <source>{label} frånvaro är {value} %; den ska vara 0–100 %.</source>
        <translation>{label} absence is {value} %; it must be 0–100 %.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="371"/>
        <source>Giltig ({valid} %) och ogiltig ({invalid} %) frånvaro är tillsammans mer än den totala ({total} %).</source>
        <translation>Valid ({valid} %) and invalid ({invalid} %) absence together are more than the total ({total} %).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="417"/>
        <source>Filen är tom. Exportera närvaron från skolans system igen.</source>
        <translation>The file is empty. Export the attendance from the school&apos;s system again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="419"/>
        <source>Filen är inte en CSV- eller XLSX-fil (äldre Excel-format och PDF kan inte läsas). Spara den som CSV eller XLSX och försök igen.</source>
        <translation>The file is not a CSV or XLSX file (older Excel formats and PDF cannot be read). Save it as CSV or XLSX and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="421"/>
        <source>Filen har bara en kolumn: hittar varken semikolon, kommatecken eller tabb mellan kolumnerna. Exportera som CSV med kolumner för personnummer och frånvaro.</source>
        <translation>The file has only one column: no semicolon, comma or tab was found between the columns. Export as CSV with columns for personal identity number and absence.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="428"/>
        <source>Filen har rubriker men inga rader med elever.</source>
        <translation>The file has headings but no rows with students.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="418"/>
        <source>Filen är för stor ({value} MB; högst {value2} MB). Exportera en kortare period eller färre elever åt gången.</source>
        <translation>The file is too large ({value} MB; at most {value2} MB). Export a shorter period or fewer students at a time.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="425"/>
        <source>Filens teckenkodning känns inte igen (varken UTF-8 eller Windows-1252). Spara den som CSV UTF-8 och försök igen.</source>
        <translation>The file&apos;s character encoding is not recognised (neither UTF-8 nor Windows-1252). Save it as CSV UTF-8 and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="437"/>
        <source>Excel-filen går inte att öppna; den kan vara skadad eller lösenordsskyddad. Öppna den i Excel, spara den på nytt och försök igen.</source>
        <translation>The Excel file cannot be opened; it may be damaged or password-protected. Open it in Excel, save it again and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="453"/>
        <source>Filen har ingen period: ange vilken period närvaron gäller.</source>
        <translation>The file has no period: enter which period the attendance covers.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="454"/>
        <source>Inga rader är valda att importera.</source>
        <translation>No rows are selected for import.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="456"/>
        <source>Ett av ärendena finns inte längre. Läs in filen igen.</source>
        <translation>One of the cases no longer exists. Load the file again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="458"/>
        <source>Ange skolans namn.</source>
        <translation>Enter the name of the school.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="460"/>
        <source>Ange anledningen till aktualiseringen.</source>
        <translation>State the reason for the referral.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="461"/>
        <source>Ange vem som aktualiserade eleven.</source>
        <translation>State who referred the student.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="462"/>
        <source>Välj elevens kön. Välj ”Ej angivet” om eleven inte vill ange det eller om det inte är känt.</source>
        <translation>Choose the student&apos;s gender. Choose “Not stated” if the student does not want to state it or if it is not known.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="463"/>
        <source>Frånvaron ska anges i procent, mellan 0 och 100.</source>
        <translation>Absence must be entered as a percentage, between 0 and 100.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="464"/>
        <source>Välj skola, eller skriv namnet på en ny skola.</source>
        <translation>Choose a school, or type the name of a new school.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="465"/>
        <source>Ange vårdnadshavarens namn.</source>
        <translation>Enter the guardian&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="482"/>
        <source>Ett mål behöver en formulering och en indikator (hur vi vet att det är nått).</source>
        <translation>A goal needs a wording and an indicator (how we know it has been reached).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="468"/>
        <source>En återkallelse kan inte dateras i framtiden.</source>
        <translation>A withdrawal cannot be dated in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="469"/>
        <source>Underrättelsen kan inte dateras i framtiden.</source>
        <translation>The notice cannot be dated in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="470"/>
        <source>Ange hur parten underrättades (till exempel telefon eller brev).</source>
        <translation>State how the party was notified (for example by phone or letter).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="471"/>
        <source>Ange vem som begärde registerutdraget.</source>
        <translation>State who requested the register extract.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="472"/>
        <source>Ange hur identiteten kontrollerades (och för en vårdnadshavare, att hen har vårdnaden).</source>
        <translation>State how the identity was checked (and, for a guardian, that they have custody).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="473"/>
        <source>Begäran kan inte ha kommit in i framtiden.</source>
        <translation>The request cannot have come in in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="474"/>
        <source>Avsluta ärendet med ”Avsluta ärendet (utskrivning)…”, där datum, anledning och utfall anges.</source>
        <translation>Close the case with “Close the case (discharge)…”, where the date, reason and outcome are entered.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="475"/>
        <source>Registrera boosterträffen med ”Boosterträff hållen”.</source>
        <translation>Record the booster session with “Booster session held”.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="476"/>
        <source>Boosterträffen kan inte planeras till ett datum som har varit.</source>
        <translation>The booster session cannot be planned for a date that has passed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="477"/>
        <source>Boosterträffen kan inte registreras som hållen i framtiden.</source>
        <translation>The booster session cannot be recorded as held in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="457"/>
        <source>Ärendet har redan en handlingsplan. Lägg till mål och insatser i den (”Nytt mål…” och ”Insats…”), eller ”Ändra mål…”.</source>
        <translation>The case already has an action plan. Add goals and interventions to it (“New goal…” and “Intervention…”), or use “Change goal…”.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="481"/>
        <source>Insatsens nivå ska vara 1, 2 eller 3.</source>
        <translation>The level of the intervention must be 1, 2 or 3.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="483"/>
        <source>Handlingsplanen behöver minst ett mål innan den fastställs.</source>
        <translation>The action plan needs at least one goal before it is adopted.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="484"/>
        <source>Handlingsplanen behöver minst en insats innan den fastställs.</source>
        <translation>The action plan needs at least one intervention before it is adopted.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="485"/>
        <source>Händelsedatumet ligger i framtiden.</source>
        <translation>The event date is in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="487"/>
        <source>En uppföljning kan inte registreras som hållen i framtiden.</source>
        <translation>A follow-up cannot be recorded as held in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="488"/>
        <source>En upprättad SIP ändras inte. Gör en uppföljning – den blir en ny version.</source>
        <translation>An established SIP is not changed. Do a follow-up – it becomes a new version.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="489"/>
        <source>Använd ”Upprätta” för att ändra SIP:ens status.</source>
        <translation>Use “Establish” to change the status of the SIP.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="490"/>
        <source>Uppgiften finns inte längre. Den kan ha tagits bort.</source>
        <translation>The information no longer exists. It may have been removed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="491"/>
        <source>Skolan finns inte bland dina uppgifter.</source>
        <translation>The school is not in your records.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="492"/>
        <source>Eleven har redan ett pågående ärende. Öppna det i stället för att aktualisera på nytt.</source>
        <translation>The student already has an open case. Open it instead of referring the student again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="493"/>
        <source>En annan elev har redan det personnumret.</source>
        <translation>Another student already has that personal identity number.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="466"/>
        <source>{relation} kan inte ha vårdnaden. Välj ”Vårdnadshavare” som relation, eller ”Nej” för vårdnaden.</source>
        <translation>{relation} cannot have custody. Choose “Guardian” as the relation, or “No” for custody.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="494"/>
        <source>Handlingsplanen är avslutad. Målen står kvar som de var när den avslutades.</source>
        <translation>The action plan is closed. The goals remain as they were when it was closed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="496"/>
        <source>En boosterträff planeras när eleven är utskriven.</source>
        <translation>A booster session is planned once the student has been discharged.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="498"/>
        <source>Datumet har redan varit. Har träffen hållits? Registrera den som hållen.</source>
        <translation>The date has already passed. Was the session held? Record it as held.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="499"/>
        <source>Ärendet är inte öppet längre. Uppföljningar planeras inte.</source>
        <translation>The case is no longer open. Follow-ups are not planned.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="467"/>
        <source>Läsårsskiftet görs tidigast den dag det gäller ({on}).</source>
        <translation>The school year changeover can be done on the day it applies ({on}) at the earliest.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="501"/>
        <source>Samtycket är återkallat. Registrera ett nytt samtycke.</source>
        <translation>The consent has been withdrawn. Record a new consent.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="503"/>
        <source>Registerutdraget är redan lämnat.</source>
        <translation>The register extract has already been provided.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="504"/>
        <source>Ange hur registerutdraget lämnades.</source>
        <translation>State how the register extract was provided.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="505"/>
        <source>Ange ett datum mellan begäran och i dag.</source>
        <translation>Enter a date between the request and today.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="486"/>
        <source>En uppföljning kan inte bokas på ett datum som har varit ({due_on}).</source>
        <translation>A follow-up cannot be booked on a date that has passed ({due_on}).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="495"/>
        <source>Boosterträffen hölls {booster_held_on} och flyttas inte.</source>
        <translation>The booster session was held on {booster_held_on} and cannot be moved.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="497"/>
        <source>Boosterträffen kan inte ligga före utskrivningen {closed_on}.</source>
        <translation>The booster session cannot be before the discharge on {closed_on}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="506"/>
        <source>Handlingsplanen är inte fastställd ännu.</source>
        <translation>The action plan has not been adopted yet.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="507"/>
        <source>Handlingsplanens uppföljning ska ligga efter dagens datum.</source>
        <translation>The follow-up of the action plan must be after today&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="508"/>
        <source>Uppföljningen finns inte längre.</source>
        <translation>The follow-up no longer exists.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="500"/>
        <source>Ingen elev har kvar att gå upp en årskurs läsåret {year}.</source>
        <translation>No student is left to move up a grade in the school year {year}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="192"/>
        <source>Eleven är {age} och har samtyckt, men ingen mognadsbedömning är dokumenterad (vem som bedömde, när och på vilka grunder). Dokumentera bedömningen, eller låt även vårdnadshavarna samtycka: {missing}</source>
        <translation>The student is {age} and has consented, but no maturity assessment is recorded (who assessed, when and on what grounds). Record the assessment, or let the guardians consent too: {missing}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="195"/>
        <source>Bara en vårdnadshavare är registrerad ({name}). Ange skälet till att hen samtycker ensam, till exempel ensam vårdnad, eller registrera den andra vårdnadshavaren.</source>
        <translation>Only one guardian is registered ({name}). State why they consent alone, for example sole custody, or register the other guardian.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="244"/>
        <source>{kind} kl. {time}</source>
        <translation>{kind} at {time}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="254"/>
        <source>Ärendet är redan {stage} och kan inte ändras.</source>
        <translation>The case is already {stage} and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="255"/>
        <source>Ett ärende kan inte gå från ”{old}” till ”{new}”.</source>
        <translation>A case cannot go from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="256"/>
        <source>Ange varför eleven inte skrivs in.</source>
        <translation>State why the student is not enrolled.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="257"/>
        <source>Eleven kan inte skrivas in förrän ett giltigt samtycke omfattar skolan.</source>
        <translation>The student cannot be enrolled until a valid consent covers the school.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="258"/>
        <source>Påbörja kartläggningen innan planeringen.</source>
        <translation>Start the mapping before the planning.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="259"/>
        <source>Gör minst en uppföljning innan eleven skrivs ut.</source>
        <translation>Hold at least one follow-up before the student is discharged.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="260"/>
        <source>Ärendet är pausat. Återuppta det först.</source>
        <translation>The case is paused. Resume it first.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="261"/>
        <source>Ange varför ärendet avbryts.</source>
        <translation>State why the case is cancelled.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="262"/>
        <source>Eleven kan inte skrivas in förrän ett giltigt samtycke omfattar skolan. {why}</source>
        <translation>The student cannot be enrolled until a valid consent covers the school. {why}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="263"/>
        <source>Handlingsplanen måste fastställas innan genomförandet börjar.</source>
        <translation>The action plan must be adopted before the interventions begin.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="264"/>
        <source>Handlingsplanen behöver minst ett mål och en insats.</source>
        <translation>The action plan needs at least one goal and one intervention.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="278"/>
        <source>[skyddad uppgift]</source>
        <translation>[protected information]</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="310"/>
        <source>närvaro</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="311"/>
        <source>sen ankomst</source>
        <translation>late arrival</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="312"/>
        <source>antal tillfällen</source>
        <translation>number of occasions</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="313"/>
        <source>orsak eller kommentar</source>
        <translation>reason or comment</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="314"/>
        <source>hur närvaron rapporterats</source>
        <translation>how attendance was reported</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="315"/>
        <source>en del av frånvaron</source>
        <translation>part of the absence</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="316"/>
        <source>vårdnadshavare</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="317"/>
        <source>klass eller skola</source>
        <translation>class or school</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="318"/>
        <source>kan vara total frånvaro eller schemalagd tid</source>
        <translation>may be total absence or scheduled time</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="319"/>
        <source>personnummer</source>
        <translation>personal identity number</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="320"/>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="321"/>
        <source>period från</source>
        <translation>period from</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="322"/>
        <source>period till</source>
        <translation>period to</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="323"/>
        <source>total frånvaro</source>
        <translation>total absence</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="324"/>
        <source>giltig frånvaro</source>
        <translation>authorised absence</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="325"/>
        <source>ogiltig frånvaro</source>
        <translation>unauthorised absence</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="326"/>
        <source>schemalagd tid</source>
        <translation>scheduled time</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="327"/>
        <source>Kolumnerna som valdes för skolan förra gången passar inte den här filen ({why}). Kolumnerna är gissade på nytt: kontrollera varje val innan du förhandsgranskar.</source>
        <translation>The columns chosen for the school last time do not fit this file ({why}). The columns have been guessed again: check every choice before you preview.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="328"/>
        <source>valdes i en kolumn utan rubrik</source>
        <translation>was chosen in a column without a header</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="329"/>
        <source>{header} finns inte i filen</source>
        <translation>{header} is not in the file</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="330"/>
        <source>{header} står i kolumn {now}, inte i kolumn {then} som förra gången</source>
        <translation>{header} is in column {now}, not in column {then} as last time</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="331"/>
        <source>{header} finns i flera kolumner</source>
        <translation>{header} is in several columns</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="332"/>
        <source>Rubriken ”{header}” nämner två olika enheter.</source>
        <translation>The header “{header}” mentions two different units.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="333"/>
        <source>Cellerna i ”{header}” blandar procent, tider och antal.</source>
        <translation>The cells in “{header}” mix percentages, times and counts.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="334"/>
        <source>Rubriken ”{header}” anger {said}, men cellerna är {shown}.</source>
        <translation>The header “{header}” gives {said}, but the cells show {shown}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="335"/>
        <source>”{header}” anger minuter, men cellerna är skrivna som tider ({value}): timmar och minuter, eller minuter och sekunder?</source>
        <translation>“{header}” gives minutes, but the cells are written as times ({value}): hours and minutes, or minutes and seconds?</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="336"/>
        <source>”{header}”: {value} kan betyda {hours} tim {minutes} min eller {decimal} tim.</source>
        <translation>“{header}”: {value} can mean {hours} h {minutes} min or {decimal} h.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="337"/>
        <source>Alla värden i ”{header}” är 1 eller mindre: är de procent, eller andelar där 0,096 betyder 9,6 %?</source>
        <translation>All values in “{header}” are 1 or less: are they percentages, or proportions where 0,096 means 9,6 %?</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="338"/>
        <source>kolumnen med personnummer</source>
        <translation>the column with personal identity numbers</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="340"/>
        <source>både period från och period till (eller ingen av dem)</source>
        <translation>both period from and period to (or neither)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="341"/>
        <source>enheten för {field}</source>
        <translation>the unit for {field}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="342"/>
        <source>kolumnen med schemalagd tid (frånvaron anges inte i procent)</source>
        <translation>the column with scheduled time (absence is not given as a percentage)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="343"/>
        <source>enheten för den schemalagda tiden</source>
        <translation>the unit for the scheduled time</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="344"/>
        <source>en schemalagd tid i timmar, minuter, lektioner eller dagar</source>
        <translation>a scheduled time in hours, minutes, lessons or days</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="345"/>
        <source>frånvaro och schemalagd tid i samma slags enhet (tid, lektioner eller dagar)</source>
        <translation>absence and scheduled time in the same kind of unit (time, lessons or days)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="353"/>
        <source>Rubrikraden upprepas här; raden är ingen elev.</source>
        <translation>The header row is repeated here; this row is not a student.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="354"/>
        <source>Raden har fler ifyllda celler än rubrikraden har kolumner, så kolumnerna kan ha förskjutits (ett kommatecken i ett tal?). Kontrollera raden i filen.</source>
        <translation>The row has more filled cells than the header row has columns, so the columns may have shifted (a comma in a number?). Check the row in the file.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="355"/>
        <source>Raden har bara en ifylld cell (”{text}”): en rubrik eller anteckning, ingen elev.</source>
        <translation>The row has only one filled cell (“{text}”): a heading or note, not a student.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="357"/>
        <source>Summeringsrad (”{text}”), ingen elev.</source>
        <translation>Totals row (“{text}”), not a student.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="361"/>
        <source>Personnummer saknas.</source>
        <translation>Personal identity number missing.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="362"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="366"/>
        <source>{label}: enheten är inte vald.</source>
        <translation>{label}: no unit selected.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="368"/>
        <source>{label} ”{text}” innehåller flera datum.</source>
        <translation>{label} “{text}” contains several dates.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="369"/>
        <source>Total frånvaro saknas: {field} räknas ur den.</source>
        <translation>Total absence is missing: {field} is worked out from it.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="370"/>
        <source>{label} frånvaro ({value} %) är mer än den totala ({total} %).</source>
        <translation>{label} absence ({value} %) is more than the total ({total} %).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="372"/>
        <source> (Har Excel tagit bort en nolla först i numret?)</source>
        <translation> (Has Excel removed a leading zero from the number?)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="373"/>
        <source>Personnumret ”{raw_pnr}” godtas inte: {error}{hint}</source>
        <translation>The personal identity number “{raw_pnr}” is not accepted: {error}{hint}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="375"/>
        <source>Perioden ”{text}” ska vara två datum, från och till (ÅÅÅÅ-MM-DD – ÅÅÅÅ-MM-DD).</source>
        <translation>The period “{text}” must be two dates, from and to (YYYY-MM-DD – YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="376"/>
        <source>{label} frånvaro kan inte räknas i procent utan schemalagd tid i samma slags enhet.</source>
        <translation>{label} absence cannot be calculated as a percentage without scheduled time in the same kind of unit.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="378"/>
        <source>{label} frånvaro (”{value}”) är mer än den schemalagda tiden (”{scheduled}”).</source>
        <translation>{label} absence (“{value}”) is more than the scheduled time (“{scheduled}”).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="379"/>
        <source>Samma elev och period finns på en senare rad, med andra värden. Ingen av raderna läses in: rätta filen och läs in den igen.</source>
        <translation>The same student and period are on a later row, with other figures. Neither row is imported: correct the file and read it in again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="380"/>
        <source>Personnumret står som ”{raw_pnr}”: Excel har skrivit det i grundpotensform och siffror har gått förlorade. Formatera kolumnen som text och exportera igen.</source>
        <translation>The personal identity number appears as “{raw_pnr}”: Excel has written it in scientific notation and digits have been lost. Format the column as text and export again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="381"/>
        <source>Samma som rad {line}: läses in en gång.</source>
        <translation>The same as row {line}: imported once.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="382"/>
        <source>Samma elev och period som rad {line}, men med andra värden. Ingen av raderna läses in: rätta filen och läs in den igen.</source>
        <translation>The same student and period as row {line}, but with other figures. Neither row is imported: correct the file and read it in again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="383"/>
        <source>procent</source>
        <translation>percentage</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="384"/>
        <source>andel, där 0,096 är 9,6 %</source>
        <translation>proportion, where 0,096 is 9,6 %</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="385"/>
        <source>timmar av schemalagd tid</source>
        <translation>hours of scheduled time</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="386"/>
        <source>minuter av schemalagd tid</source>
        <translation>minutes of scheduled time</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="387"/>
        <source>lektioner av de schemalagda</source>
        <translation>lessons of those scheduled</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="388"/>
        <source>dagar av skoldagarna</source>
        <translation>days of the school days</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="389"/>
        <source>”{header}” innehåller formler som aldrig har räknats ut, så cellerna är tomma (filen är skapad av ett program och inte sparad i Excel). Öppna filen i Excel, spara den och läs in den igen.</source>
        <translation>“{header}” holds formulas that were never calculated, so the cells are empty (the file was made by a program and not saved in Excel). Open the file in Excel, save it and read it in again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="390"/>
        <source>Läses inte</source>
        <translation>Not read</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="391"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="392"/>
        <source>Namn (jämförs med namnet i registret)</source>
        <translation>Name (compared with the name in the register)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="393"/>
        <source>Period (från och till i samma cell)</source>
        <translation>Period (from and to in the same cell)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="394"/>
        <source>Schemalagd tid – {unit}</source>
        <translation>Scheduled time – {unit}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="395"/>
        <source>{field} – enheten saknas: välj den</source>
        <translation>{field} – unit missing: choose it</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="396"/>
        <source>Läses inte ({field} läses ur en annan kolumn)</source>
        <translation>Not read ({field} is read from another column)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="397"/>
        <source>Läses inte ({what})</source>
        <translation>Not read ({what})</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="398"/>
        <source>Schemalagd tid – enheten saknas: välj den</source>
        <translation>Scheduled time – unit missing: choose it</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="399"/>
        <source>Schemalagd tid – {unit} (behövs inte: frånvaron anges i procent)</source>
        <translation>Scheduled time – {unit} (not needed: absence is given as a percentage)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="400"/>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="401"/>
        <source>Filen har ingen kolumn med {field}: den räknas som total frånvaro minus {other}.</source>
        <translation>The file has no column with {field}: it is worked out as total absence minus {other}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="402"/>
        <source>Filen anger ingen period: ange vilken period närvaron gäller.</source>
        <translation>The file gives no period: specify which period the attendance covers.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="403"/>
        <source>{raw} → {value} timmar</source>
        <translation>{raw} → {value} hours</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="405"/>
        <source>Flera kolumner kan vara {field}: {columns}. Välj den som gäller.</source>
        <translation>Several columns could be {field}: {columns}. Choose the right one.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="522"/>
        <source>Ändras siffrorna för {period} efter exporten, av en sen registrering eller en rättelse, kan perioden och läsåret den ingår i inte exporteras igen: två filer med olika siffror kunde visa vilket barn ändringen gäller.</source>
        <translation>If the figures for {period} change after the export, through a late registration or a correction, the period and the school year it belongs to cannot be exported again: two files with different figures could show which child the change concerns.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="523"/>
        <source>En egen period kan inte exporteras bredvid terminer och läsår som den överlappar. Efter den här exporten kan {year} och dess terminer inte exporteras eller skickas till staden om de överlappar perioden.</source>
        <translation>A period of your own cannot be exported beside terms and school years it overlaps. After this export, {year} and its terms cannot be exported or sent to the city if they overlap the period.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="524"/>
        <source>{period} pågår till {end}. Exporterar du nu, kan perioden inte exporteras igen om siffrorna ändras sedan: två filer med olika siffror kunde visa vilket barn ändringen gäller.</source>
        <translation>{period} runs until {end}. If you export now, the period cannot be exported again if the figures change later: two files with different figures could show which child the change concerns.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="526"/>
        <source>Siffrorna för {term} har ändrats sedan statistiken exporterades {day}. En ny fil bredvid den förra skulle visa vilka elever ändringen gäller, så den görs inte. Filen från {day} gäller. (Exportera en period först när den är slut och allt är registrerat.)</source>
        <translation>The figures for {term} have changed since the statistics were exported on {day}. A new file beside the earlier one would show which students the change concerns, so it is not made. The file from {day} stands. (Export a period only once it has ended and everything is registered.)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="563"/>
        <source>Röjandekontroll: staden visar bara summor av det som varje team redan visar i sin egen statistik. En summa där något teams del är dold visas som ”..”, och en stadsdel med ett enda team visar teamets egna markeringar (”&lt;5” eller ”..”). Så kan inget dolt tal räknas fram genom att lägga stadens och teamens tabeller bredvid varandra. Vilka celler som döljs beräknas en gång för hela läsåret.</source>
        <translation>Disclosure control: the city shows only sums of what each team already shows in its own statistics. A sum in which any team&apos;s part is hidden is shown as “..”, and a district with a single team shows the team&apos;s own marks (“&lt;5” or “..”). So no hidden figure can be worked out by putting the city&apos;s and the teams&apos; tables side by side. Which cells are hidden is worked out once for the whole school year.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="578"/>
        <source>Teamets statistik är större än vad som kan skickas till staden. Tala med IT.</source>
        <translation>The team&apos;s statistics are larger than can be sent to the city. Talk to IT.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="671"/>
        <source>%n rader fanns redan registrerade och skrevs inte igen.</source>
        <translation>
            <numerusform>%n rows were already registered and were not written again.</numerusform>
            <numerusform>%n rows were already registered and were not written again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="672"/>
        <source>%n rader överlappar perioder som har registrerats efter förhandsgranskningen och skrevs inte.</source>
        <translation>
            <numerusform>%n rows overlap periods registered after the preview and were not written.</numerusform>
            <numerusform>%n rows overlap periods registered after the preview and were not written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="404"/>
        <source>”{header}” ser ut att vara {what}, inte {field}.</source>
        <translation>“{header}” looks like {what}, not {field}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="408"/>
        <source>{doubt} Välj enheten för {field}.</source>
        <translation>{doubt} Choose the unit for {field}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="409"/>
        <source>Enheten för ”{header}” står varken i rubriken eller i cellerna: välj den.</source>
        <translation>The unit for “{header}” is given neither in the header nor in the cells: choose it.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="410"/>
        <source>”{header}” läses som {chosen}, men filen anger {said}.</source>
        <translation>“{header}” is read as {chosen}, but the file says {said}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="411"/>
        <source>”{header}” läses inte som total frånvaro: enheten går inte att avgöra. Välj den under Kolumner om totalen ska jämföras med giltig och ogiltig frånvaro.</source>
        <translation>“{header}” is not read as total absence: its unit cannot be determined. Choose it under Columns if the total is to be compared with authorised and unauthorised absence.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="412"/>
        <source>Ingen kolumn ser ut att innehålla {field}: välj den under Kolumner.</source>
        <translation>No column seems to contain {field}: choose it under Columns.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="413"/>
        <source>”{header}” kan vara total frånvaro eller schemalagd tid: välj själv.</source>
        <translation>“{header}” could be total absence or scheduled time: choose which.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="420"/>
        <source>Filen är i Excels äldre XML-format. Öppna den i Excel, spara den som XLSX eller CSV och försök igen.</source>
        <translation>The file is in Excel’s older XML format. Open it in Excel, save it as XLSX or CSV and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="424"/>
        <source>Filen verkar vara en binärfil, inte text. Spara den som CSV UTF-8 eller XLSX och försök igen.</source>
        <translation>The file seems to be a binary file, not text. Save it as CSV UTF-8 or XLSX and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="426"/>
        <source>Filen är en webbsida utan tabell. Exportera närvaron som CSV eller XLSX.</source>
        <translation>The file is a web page without a table. Export the attendance as CSV or XLSX.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="427"/>
        <source>Arbetsboken har fler blad med kolumner för frånvaro ({sheets}); bara bladet ”{sheet}” läses. Spara de andra bladen som egna filer om de också ska in.</source>
        <translation>The workbook has several sheets with absence columns ({sheets}); only the sheet “{sheet}” is read. Save the other sheets as separate files if they are to be imported too.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="429"/>
        <source>Rubriken står på två rader ({first} och {second}) och läses som en.</source>
        <translation>The header is on two rows ({first} and {second}) and is read as one.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="430"/>
        <source>Rubrikraden är rad {line}; raderna ovanför den (titel och uppgifter om filen) läses inte som elever.</source>
        <translation>The header row is row {line}; the rows above it (title and file details) are not read as students.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="431"/>
        <source>Perioden {start} – {end} står ovanför rubrikraden och gäller raderna som saknar egen period.</source>
        <translation>The period {start} – {end} is given above the header row and applies to the rows that have no period of their own.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="434"/>
        <source>Filen är ett OpenDocument-kalkylark (.ods). Spara den som XLSX eller CSV och försök igen.</source>
        <translation>The file is an OpenDocument spreadsheet (.ods). Save it as XLSX or CSV and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="435"/>
        <source>Filen säger sig vara {codec} men går inte att läsa så. Spara den som CSV UTF-8 och försök igen.</source>
        <translation>The file claims to be {codec} but cannot be read that way. Save it as CSV UTF-8 and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="436"/>
        <source>Filen ser ut som en webbsida men går inte att läsa. Spara den som CSV.</source>
        <translation>The file looks like a web page but cannot be read. Save it as CSV.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="438"/>
        <source>Excel-filen går inte att läsa helt; den kan vara skadad. Öppna den i Excel, spara den på nytt och försök igen.</source>
        <translation>The Excel file cannot be read completely; it may be damaged. Open it in Excel, re-save it and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="439"/>
        <source>Filen har ingen rubrikrad: välj själv vad kolumnerna innehåller.</source>
        <translation>The file has no header row: choose what the columns contain.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="440"/>
        <source>Kolumnnamnen känns inte igen: välj själv vilka kolumner som innehåller personnummer och frånvaro.</source>
        <translation>The column names are not recognised: choose which columns contain personal identity numbers and absence.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="432"/>
        <source>Raderna ovanför rubrikraden nämner datum men ingen entydig period.</source>
        <translation>The rows above the header row mention dates but no unambiguous period.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="441"/>
        <source>andel (0–1)</source>
        <translation>proportion (0–1)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="442"/>
        <source>timmar</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="445"/>
        <source>dagar</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="446"/>
        <source>”{text}” är inget tal.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="447"/>
        <source>”{text}” kan vara både den {one} och den {other}. Skriv datumet som ÅÅÅÅ-MM-DD.</source>
        <translation>“{text}” could be either {one} or {other}. Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="448"/>
        <source>värde saknas</source>
        <translation>value missing</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="449"/>
        <source>”{text}” anges i {own}, men kolumnen läses som {unit}.</source>
        <translation>“{text}” is given in {own}, but the column is read as {unit}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="450"/>
        <source>”{text}” är en tid (timmar:minuter), men kolumnen läses som {unit}.</source>
        <translation>“{text}” is a time (hours:minutes), but the column is read as {unit}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="451"/>
        <source>”{text}” kan läsas både som {small} och som {large}. Skriv talet utan tusentalstecken, eller med decimalkomma.</source>
        <translation>“{text}” could be read as either {small} or {large}. Write the number without thousands separators, or with a decimal comma.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="452"/>
        <source>Ange {what} innan förhandsgranskningen.</source>
        <translation>Specify {what} before previewing.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="459"/>
        <source>Aktualiseringsdatumet ligger i framtiden.</source>
        <translation>The referral date is in the future.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="478"/>
        <source>Kartläggningen är redan påbörjad. Ändra den i stället för att börja om.</source>
        <translation>The mapping has already been started. Change it instead of starting again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="479"/>
        <source>Beskriv faktorn.</source>
        <translation>Describe the factor.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="480"/>
        <source>Målets datum {day} har redan varit. Välj ett datum framåt.</source>
        <translation>The goal&apos;s date {day} has already passed. Choose a date ahead.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="502"/>
        <source>Återkallelsen är daterad {value}, innan samtycket ens hade lämnats. Ange dagen återkallelsen kom in.</source>
        <translation>The withdrawal is dated {value}, before the consent had even been given. Enter the day the withdrawal came in.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="509"/>
        <source>Uppföljningen {held_on} är redan hållen och flyttas inte.</source>
        <translation>The follow-up on {held_on} has already been held and cannot be moved.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="510"/>
        <source>En uppföljning kan inte flyttas till ett datum som har varit ({on}).</source>
        <translation>A follow-up cannot be moved to a date that has passed ({on}).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="511"/>
        <source>En ny uppföljning kan inte bokas på ett datum som har varit ({new_on}).</source>
        <translation>A new follow-up cannot be booked on a date that has passed ({new_on}).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="512"/>
        <source>Den här datorn har redan en statistiknyckel. Dess publika nyckel är {key}.</source>
        <translation>This computer already has a statistics key. Its public key is {key}.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="513"/>
        <source>Den här datorn har ingen statistiknyckel.</source>
        <translation>This computer has no statistics key.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="516"/>
        <source>Stadens statistiker har ingen nyckel i IT:s inställningar (statistics_key). Be IT lägga in den.</source>
        <translation>The city’s statistician has no key in IT’s settings (statistics_key). Ask IT to add it.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="518"/>
        <source>Bara stadens statistiker kan öppna teamens statistik. Den här datorn har inte statistikerns nyckel.</source>
        <translation>Only the city’s statistician can open the teams’ statistics. This computer does not have the statistician’s key.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="519"/>
        <source>Ange skälet till {what}. Det sparas i loggen.</source>
        <translation>State the reason for {what}. It is saved in the log.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="520"/>
        <source>{kind} kan inte lämnas ut längre: samtycket har ändrats sedan dokumentet skapades. Stäng förhandsgranskningen och skapa dokumentet på nytt.</source>
        <translation>{kind} can no longer be given out: the consent has changed since the document was created. Close the preview and create the document again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="521"/>
        <source>Eleven är redan ihopslagen.</source>
        <translation>The student has already been merged.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="525"/>
        <source>Perioden {period} överlappar {earlier}, som exporterades {day}, utan att vara samma period. Två sådana exporter kan dras ifrån varandra, och då syns små tal. Exportera samma period som då, eller en period som inte överlappar den.</source>
        <translation>The period {period} overlaps {earlier}, which was exported on {day}, without being the same period. Two such exports can be subtracted from each other, and then small numbers show. Export the same period as then, or a period that does not overlap it.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="527"/>
        <source>Konflikten är redan löst.</source>
        <translation>The conflict has already been resolved.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="528"/>
        <source>Posten har signerade journalanteckningar, och de tas aldrig bort. Behåll din version.</source>
        <translation>The record has signed journal notes, and they are never removed. Keep your version.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="529"/>
        <source>Anteckningen är signerad och kan inte ändras. Behåll den signerade texten, och skriv en rättelse om den andra texten ska med.</source>
        <translation>The note is signed and cannot be changed. Keep the signed text, and write a correction if the other text should be included.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="530"/>
        <source>Uppföljning skolsociala team – hela staden</source>
        <translation>Follow-up of school social work teams – whole city</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="531"/>
        <source>Stadens statistik redovisas per termin eller läsår, inte för egna perioder.</source>
        <translation>City statistics are reported by term or school year, not for custom periods.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="532"/>
        <source>Hela staden</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="534"/>
        <source>Aktualiserade per stadsdel</source>
        <translation>Referred, by district</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="514"/>
        <source>Ett teams statistik har fel form och kan inte läggas ihop.</source>
        <translation>One team’s statistics have the wrong format and cannot be combined.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="539"/>
        <source>VT {year}</source>
        <translation>Spring term {year}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="540"/>
        <source>Läsåret {first}/{second}</source>
        <translation>School year {first}/{second}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="541"/>
        <source>Flicka</source>
        <translation>Girl</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="542"/>
        <source>Pojke</source>
        <translation>Boy</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="543"/>
        <source>Annat/ej angivet</source>
        <translation>Other/not stated</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="544"/>
        <source>HT {year}</source>
        <translation>Autumn term {year}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="545"/>
        <source>Okänd skola</source>
        <translation>Unknown school</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="546"/>
        <source>Uppföljning skolsocialt team</source>
        <translation>Follow-up of school social work team</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="551"/>
        <source>Alla skolor</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="552"/>
        <source>{scope}, årskurs {grade}</source>
        <translation>{scope}, grade {grade}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="536"/>
        <source>Insatser som påbörjats, per slag</source>
        <translation>Interventions started, by kind</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="537"/>
        <source>Frånvaro, resultat och tid till plan</source>
        <translation>Absence, results and time to a plan</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="553"/>
        <source>Frånvaro vid inskrivning, median</source>
        <translation>Absence at enrolment, median</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="554"/>
        <source>Frånvaro vid inskrivning, kvartilavstånd</source>
        <translation>Absence at enrolment, interquartile range</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="555"/>
        <source>Frånvaro vid utskrivning, median</source>
        <translation>Absence at discharge, median</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="556"/>
        <source>Frånvaro vid utskrivning, kvartilavstånd</source>
        <translation>Absence at discharge, interquartile range</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="557"/>
        <source>Andel med förbättrad närvaro</source>
        <translation>Share with improved attendance</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="558"/>
        <source>Andel gymnasiebehöriga i årskurs 9</source>
        <translation>Share eligible for upper secondary school in grade 9</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="559"/>
        <source>Dagar från aktualisering till plan, median</source>
        <translation>Days from referral to a plan, median</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="533"/>
        <source>Elever under perioden</source>
        <translation>Students in the period</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="560"/>
        <source>Aktualiserade per skola</source>
        <translation>Referred, by school</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="535"/>
        <source>Aktualiserade per årskurs</source>
        <translation>Referred, by grade</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="547"/>
        <source>Aktualiserade</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="548"/>
        <source>Inskrivna</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="549"/>
        <source>Utskrivna</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="550"/>
        <source>Boosterträff hållen</source>
        <translation>Booster session held</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="538"/>
        <source>Årskurs {grade}</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="339"/>
        <source>kolumnerna med giltig och ogiltig frånvaro (eller total frånvaro och en av dem)</source>
        <translation>the columns with authorised and unauthorised absence (or total absence and one of them)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="406"/>
        <source>{doubt} Välj enheten Timmar för {field} om talen är decimaltimmar; betyder de timmar och minuter, exportera tiden som {hours}:{minutes} och läs in filen igen.</source>
        <translation>{doubt} Choose the unit Hours for {field} if the figures are decimal hours; if they mean hours and minutes, export the time as {hours}:{minutes} and read the file in again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="407"/>
        <source>”{header}” läses som decimaltimmar: {value} blir {decimal} tim, inte {hours} tim {minutes} min.</source>
        <translation>“{header}” is read as decimal hours: {value} becomes {decimal} h, not {hours} h {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="414"/>
        <source>Filen går inte att läsa som CSV. Kontrollera filen, eller exportera den igen.</source>
        <translation>The file cannot be read as CSV. Check the file, or export it again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="415"/>
        <source>{where} som är längre än {size} kB, så filen går inte att läsa som CSV. Oftast saknas ett avslutande citattecken (&quot;) i en cell. Kontrollera filen, eller exportera den igen.</source>
        <translation>{where} longer than {size} kB, so the file cannot be read as CSV. Most often a closing quote (&quot;) is missing in a cell. Check the file, or export it again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="416"/>
        <source>Rad {line_num} går inte att läsa som CSV. Kontrollera raden i filen, eller exportera filen igen.</source>
        <translation>Line {line_num} cannot be read as CSV. Check the line in the file, or export the file again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="422"/>
        <source>Rad {line_num} har en cell</source>
        <translation>Line {line_num} has a cell</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="423"/>
        <source>Filen har en cell</source>
        <translation>The file has a cell</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="433"/>
        <source>Datum ovanför rubrikraden som inte står som en period (som ”Period: 2026-10-01 – 2026-10-31”) används inte som period.</source>
        <translation>Dates above the header row that are not given as a period (such as “Period: 2026-10-01 – 2026-10-31”) are not used as the period.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="455"/>
        <source>Inget har importerats. {why} Förhandsgranska filen igen för att se vad som redan finns.</source>
        <translation>Nothing has been imported. {why} Preview the file again to see what is already there.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="515"/>
        <source>Ett teams statistik är inte undertecknad av teamet.</source>
        <translation>A team&apos;s statistics are not signed by the team.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="517"/>
        <source>Datorn måste vara ansluten till teamets server innan statistiken skickas.</source>
        <translation>The computer must be connected to the team&apos;s server before the statistics are sent.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="561"/>
        <source>Statistiken kunde inte skyddas mot röjande.</source>
        <translation>The statistics could not be protected against disclosure.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="562"/>
        <source>Röjandekontroll: celler med 1–4 elever visas som ”&lt;5”. Celler som döljs för att en dold siffra annars kunde räknas fram ur summor eller ur andra tabeller för läsåret visas som ”..”. Vilka celler som döljs beräknas en gång för hela läsåret, per skola eller stadsdel, årskurs och kön, så att alla tabeller och perioder skyddas tillsammans, och det som tidigare exporter av läsåret har visat räknas som känt. Mått som vilar på färre än fem elever, eller på ett antal som döljs, visas som ”..”, och en andel bara där både antalet med och antalet utan egenskapen visas.</source>
        <translation>Disclosure control: cells with 1–4 students are shown as “&lt;5”. Cells hidden because a hidden figure could otherwise be worked out from totals or from other tables for the school year are shown as “..”. Which cells are hidden is computed once for the whole school year, by school or district, grade and gender, so that all tables and periods are protected together, and what earlier exports of the school year have shown counts as known. Measures resting on fewer than five students, or on a count that is hidden, are shown as “..”, and a share only where both the number with and the number without the trait are shown.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="564"/>
        <source>Insatser per slag redovisas bara för hela teamet: per skola eller årskurs blir nästan alla celler för små för att visas.</source>
        <translation>Interventions by kind are reported for the whole team only: by school or grade nearly every cell would be too small to show.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="565"/>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="566"/>
        <source>Servern svarar inte som den ska just nu (felkod {status}). Inget har gått förlorat; synkroniseringen försöker igen senare.</source>
        <translation>The server is not responding as it should right now (error code {status}). Nothing has been lost; the sync will try again later.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="567"/>
        <source>krypterad med en teamnyckel som har bytts ut</source>
        <translation>encrypted with a team key that has been replaced</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="568"/>
        <source>okänd sorts post</source>
        <translation>unknown kind of record</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="569"/>
        <source>en post med samma id som en annan sorts post</source>
        <translation>a record with the same id as a different kind of record</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="570"/>
        <source>en logg i en annan dators namn</source>
        <translation>a log in another computer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="571"/>
        <source>krypterad med en teamnyckel som datorn inte har</source>
        <translation>encrypted with a team key this computer does not have</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="572"/>
        <source>gäller en post som teamet redan har tagit bort</source>
        <translation>concerns a record the team has already deleted</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="573"/>
        <source>valvet tog inte emot posten</source>
        <translation>the vault did not accept the record</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="574"/>
        <source>innehållet är inte läsbart</source>
        <translation>the content cannot be read</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="575"/>
        <source>en borttagning med innehåll</source>
        <translation>a deletion with content</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="576"/>
        <source>en logg som inte går att läsa</source>
        <translation>a log that cannot be read</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="577"/>
        <source>En ny teamnyckel från servern kunde inte styrkas. Den används inte; kontakta teamets administratör.</source>
        <translation>A new team key from the server could not be verified. It will not be used; contact the team&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="579"/>
        <source>En post från servern gick inte att dekryptera. Den kan vara manipulerad eller krypterad med en annan teamnyckel.</source>
        <translation>A record from the server could not be decrypted. It may have been tampered with or encrypted with a different team key.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="580"/>
        <source>Teamets nyckelring är inte hel.</source>
        <translation>The team&apos;s key ring is not complete.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="581"/>
        <source>Teamnyckeln gick inte att öppna med den här datorns nyckel.</source>
        <translation>The team key could not be opened with this computer&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="582"/>
        <source>Statistikerns nyckel i IT:s inställningar är inte en giltig nyckel.</source>
        <translation>The statistician’s key in IT’s settings is not a valid key.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="583"/>
        <source>Ett teams statistik gick inte att öppna med statistikerns nyckel.</source>
        <translation>One team’s statistics could not be opened with the statistician’s key.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="584"/>
        <source>Teamets återställningskod stämmer inte. Kontrollera koden på papperet.</source>
        <translation>The team&apos;s recovery code does not match. Check the code on the paper.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="585"/>
        <source>Teamets nyckelring gick inte att läsa.</source>
        <translation>The team&apos;s key ring could not be read.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="586"/>
        <source>Säkerhetskoden stämmer inte med den datorn som väntar. Godkänn inte datorn: kontrollera koden på kollegans skärm, och kontakta IT om den ändå inte stämmer.</source>
        <translation>The security code does not match the computer that is waiting. Do not approve the computer: check the code on your colleague&apos;s screen, and contact IT if it still does not match.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="587"/>
        <source>Datorn är inte ansluten till teamets server.</source>
        <translation>The computer is not connected to the team&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="588"/>
        <source>En teamnyckel utan avsändare tas inte emot.</source>
        <translation>A team key without a sender is not accepted.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="589"/>
        <source>En teamnyckel från en okänd avsändare tas inte emot.</source>
        <translation>A team key from an unknown sender is not accepted.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="590"/>
        <source>Servern byter läge hela tiden. Försök igen om en stund, och kontakta IT om det inte går över.</source>
        <translation>The server keeps changing state. Try again in a while, and contact IT if it does not stop.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="591"/>
        <source>Datorn är godkänd men har ännu inte fått teamnyckeln. Be teamets administratör godkänna den i sstdesk, eller ange teamets återställningskod.</source>
        <translation>The computer is approved but has not yet received the team key. Ask the team&apos;s administrator to approve it in sstdesk, or enter the team&apos;s recovery code.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="592"/>
        <source>fälten stämmer inte med postens sort</source>
        <translation>the fields do not match the kind of record</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="593"/>
        <source>postens id stämmer inte</source>
        <translation>the record&apos;s id does not match</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="594"/>
        <source>ett fält är inte lagrat som programmet lagrar det</source>
        <translation>a field is not stored the way the program stores it</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="595"/>
        <source>ett fält har ett värde programmet inte känner igen</source>
        <translation>a field has a value the program does not recognise</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="598"/>
        <source>personnumret går inte att läsa</source>
        <translation>the personal identity number cannot be read</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="596"/>
        <source>fältet {name} saknas</source>
        <translation>the field {name} is missing</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="597"/>
        <source>fältet {name} har fel typ</source>
        <translation>the field {name} has the wrong type</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="599"/>
        <source>fältet {name} går inte att lagra</source>
        <translation>the field {name} cannot be stored</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="600"/>
        <source>Ange serverns adress, till exempel https://sst.stad.se.</source>
        <translation>Enter the server&apos;s address, for example https://sst.stad.se.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="601"/>
        <source>Ange distriktets CA-certifikat (inställningen ca_bundle) – sstdesk litar bara på det.</source>
        <translation>Enter the district&apos;s CA certificate (the ca_bundle setting) – sstdesk trusts only that certificate.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="602"/>
        <source>Servern måste nås över https.</source>
        <translation>The server must be reached over https.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="617"/>
        <source>filen innehåller fel delar</source>
        <translation>the file contains the wrong parts</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="618"/>
        <source>innehållsförteckningen är felaktig</source>
        <translation>the table of contents is incorrect</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="619"/>
        <source>Den nya lösenfrasen måste ha minst 8 tecken. Välj gärna flera ord.</source>
        <translation>The new passphrase must have at least 8 characters. Several words are a good choice.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="603"/>
        <source>Mappen {folder} finns inte – anslut USB-minnet eller välj en annan mapp. Ingenting har ändrats.</source>
        <translation>The folder {folder} does not exist – connect the USB stick or choose another folder. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="604"/>
        <source>Det går inte att skriva i mappen {folder} (den är skrivskyddad eller du saknar behörighet) – välj en annan mapp. Ingenting har ändrats.</source>
        <translation>The folder {folder} cannot be written to (it is read-only or you do not have permission) – choose another folder. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="605"/>
        <source>Disken är full – ingenting har ändrats. Frigör utrymme på {where} eller välj en annan mapp.</source>
        <translation>The disk is full – nothing has been changed. Free up space on {where} or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="606"/>
        <source>Säkerhetskopian kunde inte skrivas till {where} ({why}). Ingenting har ändrats.</source>
        <translation>The backup could not be written to {where} ({why}). Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="607"/>
        <source>Säkerhetskopian gick inte att öppna när den kontrollerades ({why}), så den är borttagen – försök igen, gärna till en annan disk. Valvet är orört.</source>
        <translation>The backup could not be opened when it was checked ({why}), so it has been deleted – try again, preferably to another disk. The vault is untouched.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="608"/>
        <source>Säkerhetskopian {name} är skadad eller ofullständig ({why}) och kan inte användas. Ingenting har ändrats.</source>
        <translation>The backup {name} is damaged or incomplete ({why}) and cannot be used. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="609"/>
        <source>Filen {name} är ingen säkerhetskopia från sstdesk.</source>
        <translation>The file {name} is not a backup from sstdesk.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="610"/>
        <source>Säkerhetskopian {name} hänger inte ihop: nyckelfilen hör till ett annat valv än databasen. Ingenting har ändrats.</source>
        <translation>The backup {name} does not fit together: the key file belongs to a different vault than the database. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="611"/>
        <source>Säkerhetskopian {name} är gjord med en nyare version av sstdesk – uppdatera programmet först. Ingenting har ändrats.</source>
        <translation>The backup {name} was made with a newer version of sstdesk – update the program first. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="612"/>
        <source>Återställningskoden</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="613"/>
        <source>Lösenfrasen</source>
        <translation>The passphrase</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="614"/>
        <source>{what} öppnar inte säkerhetskopian {name} – använd lösenfrasen som gällde när kopian gjordes, eller återställningskoden. Ingenting har ändrats.</source>
        <translation>{what} does not open the backup {name} – use the passphrase that was in use when the copy was made, or the recovery code. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="620"/>
        <source>nyckelfilen hör till ett annat valv</source>
        <translation>the key file belongs to a different vault</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="615"/>
        <source>{folder} är ingen mapp. Välj en mapp för säkerhetskopian.</source>
        <translation>{folder} is not a folder. Choose a folder for the backup.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="621"/>
        <source>Välj en mapp utanför profilmappen, helst på ett USB-minne eller en annan disk: en kopia bredvid valvet försvinner med datorn.</source>
        <translation>Choose a folder outside the profile folder, preferably on a USB stick or another disk: a copy next to the vault is lost along with the computer.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="622"/>
        <source>Valvet är inte krypterat, och en okrypterad kopia skrivs inte.</source>
        <translation>The vault is not encrypted, and an unencrypted copy will not be written.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="623"/>
        <source>innehållsförteckningen lästes tillbaka fel</source>
        <translation>the table of contents was read back incorrectly</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="624"/>
        <source>antalet poster stämmer inte med valvets</source>
        <translation>the number of records does not match the vault&apos;s</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="625"/>
        <source>databasen kan inte läsas med nyckeln</source>
        <translation>the database cannot be read with the key</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="626"/>
        <source>en sida i databasen har ändrats</source>
        <translation>a page in the database has been changed</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="627"/>
        <source>databasen hör till ett annat valv än nyckelfilen</source>
        <translation>the database belongs to a different vault than the key file</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="628"/>
        <source>databasen kan inte läsas</source>
        <translation>the database cannot be read</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="616"/>
        <source>Filen {path} finns inte.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="629"/>
        <source>innehållsförteckningen kan inte läsas</source>
        <translation>the table of contents cannot be read</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="630"/>
        <source>nyckelfilen kan inte läsas</source>
        <translation>the key file cannot be read</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="631"/>
        <source>databasen kan inte öppnas av den här versionen</source>
        <translation>the database cannot be opened by this version</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="632"/>
        <source>databasen kan inte skrivas</source>
        <translation>the database cannot be written</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="633"/>
        <source>innehållsförteckningen är ofullständig</source>
        <translation>the table of contents is incomplete</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="634"/>
        <source>filen känns inte igen</source>
        <translation>the file is not recognised</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="635"/>
        <source>filen är avkortad eller skadad</source>
        <translation>the file is truncated or damaged</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="636"/>
        <source>lösenfrasen öppnar inte kopian</source>
        <translation>the passphrase does not open the copy</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="637"/>
        <source>Fel lösenfras. Kontrollera Caps Lock och försök igen.</source>
        <translation>Wrong passphrase. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="643"/>
        <source>Återställningskoden stämmer inte. Kontrollera att du skrivit av den rätt – bindestreck och mellanslag spelar ingen roll.</source>
        <translation>The recovery code does not match. Check that you copied it correctly – hyphens and spaces do not matter.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="638"/>
        <source>{what} {path} är skadad och kan inte läsas. Ingenting har ändrats. Återställ filen från en säkerhetskopia eller kontakta IT-supporten.</source>
        <translation>{what} {path} is damaged and cannot be read. Nothing has been changed. Restore the file from a backup or contact IT support.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="639"/>
        <source>Nyckelfilen</source>
        <translation>The key file</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="640"/>
        <source>Databasfilen</source>
        <translation>The database file</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="648"/>
        <source>Disken är full – ingenting har ändrats. Frigör utrymme (töm till exempel papperskorgen eller mappen Hämtade filer) och försök igen.</source>
        <translation>The disk is full – nothing has been changed. Free up space (for example, empty the Recycle Bin or the Downloads folder) and try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="650"/>
        <source>Valvet används av ett annat sstdesk-program just nu. Ingenting har ändrats. Försök igen om en stund.</source>
        <translation>The vault is being used by another copy of sstdesk right now. Nothing has been changed. Try again in a while.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="641"/>
        <source>{wrong} Vänta {seconds} s innan du försöker igen.</source>
        <translation>{wrong} Wait {seconds} s before you try again.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="642"/>
        <source>Vänta {wait_seconds} s innan du försöker igen. Efter flera felaktiga lösenfraser väntar programmet allt längre, och lösenfrasen prövades inte nu.</source>
        <translation>Wait {wait_seconds} s before you try again. After several wrong passphrases the program waits longer and longer, and the passphrase was not tried this time.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="644"/>
        <source>Det finns inget valv i {directory}. Skapa ett nytt valv först.</source>
        <translation>There is no vault in {directory}. Create a new vault first.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="645"/>
        <source>Det finns redan ett valv i {directory}. Välj en annan mapp eller öppna valvet.</source>
        <translation>There is already a vault in {directory}. Choose another folder or open the vault.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="646"/>
        <source>{what} {path} saknas, så valvet kan inte öppnas. Ingenting har ändrats. Återställ valvet från en säkerhetskopia, eller börja om med ett tomt valv (de filer som finns sparas undan).</source>
        <translation>{what} {path} is missing, so the vault cannot be opened. Nothing has been changed. Restore the vault from a backup, or start over with an empty vault (the existing files are set aside).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="647"/>
        <source>Databasfilen {path} är tom (0 byte). Ditt valv öppnas inte som ett tomt valv. Återställ valvet från en säkerhetskopia, eller börja om med ett tomt valv (de filer som finns sparas undan).</source>
        <translation>The database file {path} is empty (0 bytes). Your vault will not be opened as an empty vault. Restore the vault from a backup, or start over with an empty vault (the existing files are set aside).</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="649"/>
        <source>Det går inte att skriva i profilmappen {directory} (den är skrivskyddad). Ingenting har ändrats. Be IT-supporten ge dig skrivrätt till mappen.</source>
        <translation>The profile folder {directory} cannot be written to (it is read-only). Nothing has been changed. Ask IT support to give you write access to the folder.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="651"/>
        <source>Profilen {directory} är redan öppen i sstdesk{at}. Använd det fönstret, eller stäng det först.</source>
        <translation>The profile {directory} is already open in sstdesk{at}. Use that window, or close it first.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="652"/>
        <source>Nyckelfilen {path} anger för svag nyckelhärledning och godtas inte. Filen kan ha manipulerats. Kontakta IT-supporten.</source>
        <translation>The key file {path} specifies a key derivation that is too weak and is not accepted. The file may have been tampered with. Contact IT support.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="653"/>
        <source>Krypteringsbiblioteket har en version som inte stöds ({version}). Installera om programmet.</source>
        <translation>The encryption library has a version that is not supported ({version}). Reinstall the program.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="654"/>
        <source>orimliga inställningar för nyckelhärledningen</source>
        <translation>unreasonable settings for the key derivation</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="655"/>
        <source>nyckelfilen kunde inte läsas tillbaka</source>
        <translation>the key file could not be read back</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="656"/>
        <source>Valvet har skapats av en nyare version av sstdesk. Uppdatera programmet.</source>
        <translation>The vault was created by a newer version of sstdesk. Update the program.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="657"/>
        <source>en avbruten återställning kan inte slutföras</source>
        <translation>an interrupted restore cannot be completed</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="658"/>
        <source>Skriv {word} för att börja om med ett tomt valv.</source>
        <translation>Type {word} to start over with an empty vault.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="659"/>
        <source>Lösenfrasen måste ha minst 8 tecken. Välj gärna flera ord.</source>
        <translation>The passphrase must have at least 8 characters. Several words are a good choice.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="660"/>
        <source>Den nya lösenfrasen måste ha minst 8 tecken.</source>
        <translation>The new passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="661"/>
        <source>Valvet är låst. Lås upp det först.</source>
        <translation>The vault is locked. Unlock it first.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="662"/>
        <source> och </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="663"/>
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="668"/>
        <source>%n dagar kvar</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="669"/>
        <source>%n osignerade journalanteckningar</source>
        <translation>
            <numerusform>%n unsigned journal note</numerusform>
            <numerusform>%n unsigned journal notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="670"/>
        <source>Perioden {start} – {end} överlappar %n perioder som redan är registrerade för ärendet: {spans}.</source>
        <translation>
            <numerusform>The period {start} – {end} overlaps %n period that is already registered for the case: {spans}.</numerusform>
            <numerusform>The period {start} – {end} overlaps %n periods that are already registered for the case: {spans}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../build/labels_tr.py" line="151"/>
        <source>Lägg till vårdnadshavare…</source>
        <translation>Add guardian…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="152"/>
        <source>Samtycket inhämtas från vårdnadshavarna.</source>
        <translation>Consent is obtained from the guardians.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="153"/>
        <source>Börja inhämta samtycke</source>
        <translation>Start obtaining consent</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="154"/>
        <source>Samtycket ges av varje vårdnadshavare som har vårdnaden. Har eleven fler än de som är registrerade, lägg till dem först med ”Vårdnadshavare…”.</source>
        <translation>Consent is given by every guardian with custody. If the student has more than those registered, add them first with “Guardian…”.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="155"/>
        <source>Registrera samtycke…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="156"/>
        <source>Eleven kan skrivas in när ett giltigt samtycke omfattar skolan.</source>
        <translation>The student can be enrolled once a valid consent covers the school.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="157"/>
        <source>Registrera nytt samtycke…</source>
        <translation>Record a new consent…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="158"/>
        <source>Samtycket omfattar inte längre skolan (det har gått ut eller återkallats). Inga uppgifter får lämnas ut förrän ett nytt samtycke finns.</source>
        <translation>The consent no longer covers the school (it has expired or been withdrawn). No information may be disclosed until there is a new consent.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="159"/>
        <source>Skriv in eleven (kartläggning)</source>
        <translation>Enrol the student (assessment)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="160"/>
        <source>Samtycket omfattar skolan.</source>
        <translation>The consent covers the school.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="161"/>
        <source>Påbörja kartläggning…</source>
        <translation>Start the mapping…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="162"/>
        <source>Kartläggningen är inte påbörjad.</source>
        <translation>The assessment has not started.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="163"/>
        <source>Gå vidare till planering</source>
        <translation>Go on to planning</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="164"/>
        <source>Kartläggningen är påbörjad.</source>
        <translation>The assessment has started.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="165"/>
        <source>Handlingsplan…</source>
        <translation>Action plan…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="166"/>
        <source>Handlingsplanen ska fastställas innan genomförandet börjar.</source>
        <translation>The action plan is to be established before the interventions begin.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="167"/>
        <source>Insats…</source>
        <translation>Intervention…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="168"/>
        <source>Handlingsplanen behöver minst ett mål och en insats.</source>
        <translation>The action plan needs at least one goal and one intervention.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="169"/>
        <source>Börja genomförandet</source>
        <translation>Start the interventions</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="170"/>
        <source>Handlingsplanen är fastställd.</source>
        <translation>The action plan is established.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="171"/>
        <source>Gå vidare till uppföljning</source>
        <translation>Go on to follow-up</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="172"/>
        <source>Insatserna pågår. När det är dags att följa upp planen går ärendet vidare.</source>
        <translation>The interventions are under way. When it is time to follow up the plan, the case goes on.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="173"/>
        <source>Registrera uppföljning…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="174"/>
        <source>Minst en uppföljning görs innan eleven skrivs ut.</source>
        <translation>At least one follow-up is made before the student is discharged.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="175"/>
        <source>Avsluta ärendet (utskrivning)…</source>
        <translation>Close the case (discharge)…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="176"/>
        <source>Uppföljningen är gjord. Fortsätter insatserna, flytta ärendet tillbaka till genomförande.</source>
        <translation>The follow-up is done. If the interventions go on, move the case back to interventions.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="177"/>
        <source>Boosterträff hållen…</source>
        <translation>Booster session held…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="178"/>
        <source>Eleven är utskriven; boosterträffen återstår.</source>
        <translation>The student is discharged; the booster session remains.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="179"/>
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="180"/>
        <source>Boosterträffen är hållen.</source>
        <translation>The booster session is held.</translation>
    </message>
</context>
</TS>
