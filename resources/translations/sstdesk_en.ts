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
        <translation>simplified assessment</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="69"/>
        <source>fördjupad kartläggning</source>
        <translation>in-depth assessment</translation>
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
        <location filename="../../sstdesk/ui/absence_chart.py" line="94"/>
        <source>{0} procentenheter lägre</source>
        <translation>{0} percentage points lower</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="98"/>
        <source>{0} procentenheter högre</source>
        <translation>{0} percentage points higher</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="101"/>
        <source>Frånvaro vid start {0}, senast {1}: {2}.</source>
        <translation>Absence at the start {0}, latest {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="163"/>
        <source>ogiltig frånvaro</source>
        <translation>unauthorised absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="164"/>
        <source>giltig frånvaro</source>
        <translation>authorised absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/absence_chart.py" line="185"/>
        <source>vid start</source>
        <translation>at the start</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="26"/>
        <source>Försenat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="27"/>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="28"/>
        <source>Denna vecka</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="29"/>
        <source>Senare</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="32"/>
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="33"/>
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="34"/>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="35"/>
        <source>tors</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="36"/>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="37"/>
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="38"/>
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="41"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="42"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="43"/>
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="44"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="45"/>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="46"/>
        <source>juni</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="47"/>
        <source>juli</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="48"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="49"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="50"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="51"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="52"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="56"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="57"/>
        <source>Handlingsplanen följs upp</source>
        <translation>Action plan follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="58"/>
        <source>Boosterträff</source>
        <translation>Booster session</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="59"/>
        <source>Sista dag att lämna registerutdrag</source>
        <translation>Last day to hand over the register extract</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="99"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="120"/>
        <source>Inget att göra just nu. Här visas möten, uppföljningar, samtycken som går ut och anteckningar att signera, 30 dagar framåt.</source>
        <translation>Nothing to do right now. Meetings, follow-ups, consents that run out and notes to sign show here, 30 days ahead.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/agenda.py" line="155"/>
        <source>Öppna eleven (Enter)</source>
        <translation>Open the student (Enter)</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="861"/>
        <source>Att åtgärda efter synkronisering</source>
        <translation>To see to after syncing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="866"/>
        <source>Samma elev registrerad två gånger (på två datorer innan de hann synkronisera). Slå ihop: eleven blir en, och båda ärendehistorikerna finns kvar. Uppgifter som skiljer sig visas sedan som konflikter att välja mellan.</source>
        <translation>The same student registered twice (on two laptops before they had synced). Merge: the student becomes one, and both case histories are kept. Details that differ are then shown as conflicts to choose between.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="875"/>
        <source>Samma elev registrerad två gånger</source>
        <translation>The same student registered twice</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="877"/>
        <source>Slå ihop</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="884"/>
        <source>Ändringar från teamet som den här datorn inte kunde läsa. De sparas som de kom, hindrar inte annan synkronisering och har rapporterats till teamet. Be teamets administratör se på saken.</source>
        <translation>Changes from the team that this laptop could not read. They are kept as they came, do not hold up other syncing, and have been reported to the team. Ask the team admin to look into it.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="893"/>
        <source>Ändringar som inte kunde läsas</source>
        <translation>Changes that could not be read</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="895"/>
        <source>Ta bort markerad ur listan</source>
        <translation>Remove selected from the list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="896"/>
        <source>Ta bort alla ur listan</source>
        <translation>Remove all from the list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="905"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="921"/>
        <source>{0} – {1} registreringar av samma personnummer</source>
        <translation>{0} – {1} registrations of the same personnummer</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="938"/>
        <source>Loggen från {0} fortsätter inte där den slutade förra gången: händelser har tagits bort eller ändrats på datorn innan de synkroniserades. Ta reda på vad som hänt, och notera det i loggkontrollen.</source>
        <translation>The audit log from {0} does not continue where it ended last time: events were removed or changed on the laptop before they were synced. Find out what happened, and note it in the log review.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="946"/>
        <source>Ändringar som inte kunde läsas har rapporterats från: {0}. Kontrollera att alla datorer är godkända och har teamets nyckel.</source>
        <translation>Changes that could not be read were reported from: {0}. Check that every laptop is approved and has the team key.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="956"/>
        <source>{0} från {1}, {2}: {3}</source>
        <translation>{0} from {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="966"/>
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
        <location filename="../../sstdesk/ui/caseload_model.py" line="88"/>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/caseload_model.py" line="90"/>
        <source>Giltigt t.o.m. {0}</source>
        <translation>Valid until {0}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="519"/>
        <location filename="../../sstdesk/ui/pages.py" line="754"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="530"/>
        <source>Mina elever</source>
        <translation>My students</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="532"/>
        <source>+ Ny aktualisering</source>
        <translation>+ New referral</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="533"/>
        <source>Aktualisera en ny elev (Ctrl+N)</source>
        <translation>Refer a new student (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="540"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="542"/>
        <source>Mina inställningar…</source>
        <translation>My settings…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="545"/>
        <source>Teamets inställningar…</source>
        <translation>Team settings…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="548"/>
        <source>Läsårsskifte…</source>
        <translation>New school year…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="551"/>
        <source>Byt lösenfras…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="554"/>
        <source>Byt teamnyckel…</source>
        <translation>Replace the team key…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="558"/>
        <source>Lås (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="560"/>
        <source>Importera närvaro…</source>
        <translation>Import attendance…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="563"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="573"/>
        <source>Synkronisering</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="581"/>
        <source>Konflikter att lösa</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="585"/>
        <source>Ändringar som servern inte tog emot</source>
        <translation>Changes the server did not accept</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="588"/>
        <source>Datorer som väntar på godkännande</source>
        <translation>Computers waiting for approval</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="593"/>
        <source>Att åtgärda efter synkronisering</source>
        <translation>To see to after syncing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="595"/>
        <source>Anslut till server…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="596"/>
        <source>Synkronisera</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="615"/>
        <source>Sök på namn, personnummer, skola eller anteckning (Ctrl+F)</source>
        <translation>Search name, personal ID number, school or note (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="617"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="625"/>
        <source>Filtrera på skola</source>
        <translation>Filter by school</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="627"/>
        <source>Filtrera på steg</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="629"/>
        <source>Alla steg</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="632"/>
        <source>Något förfaller inom en vecka</source>
        <translation>Something due within a week</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="643"/>
        <source>Elevlista</source>
        <translation>Student list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="669"/>
        <source>Inga elever ännu</source>
        <translation>No students yet</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="672"/>
        <source>När en skola aktualiserar en elev lägger du till eleven här. Allt du skriver sparas krypterat på den här datorn.</source>
        <translation>When a school refers a student, you add the student here. Everything you write is kept encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="679"/>
        <source>Lägg till din första elev</source>
        <translation>Add your first student</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="683"/>
        <source>Öppna demoprofilen (påhittade elever)…</source>
        <translation>Open the demo profile (made-up students)…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="712"/>
        <source>Alla skolor</source>
        <translation>All schools</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/pages.py" line="734"/>
        <source>%n elever</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="738"/>
        <source>Inga elever matchar ”{0}” med de valda filtren.</source>
        <translation>No students match “{0}” with the chosen filters.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="740"/>
        <source>Inga elever matchar ”{0}”</source>
        <translation>No students match “{0}”</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="754"/>
        <source>Att göra ({0})</source>
        <translation>To do ({0})</translation>
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
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="612"/>
        <source>Konflikter att lösa</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="617"/>
        <source>Samma uppgift har ändrats här och på en annan dator. Din version gäller tills du väljer. Valet synkroniseras som en vanlig ändring.</source>
        <translation>The same detail was changed here and on another computer. Your version holds until you choose. The choice syncs like any change.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="624"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="627"/>
        <source>Behåll min</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="628"/>
        <source>Behåll deras</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="629"/>
        <source>Skriv en sammanslagning…</source>
        <translation>Write a merge…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="630"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="648"/>
        <source>{0}, fältet ”{1}”: här ”{2}”, på dator {3}: ”{4}” (upptäckt {5})</source>
        <translation>{0}, field “{1}”: here “{2}”, on computer {3}: “{4}” (found {5})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="680"/>
        <source>Skriv en sammanslagning</source>
        <translation>Write a merge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="681"/>
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
        <location filename="../../sstdesk/ui/pages.py" line="204"/>
        <source>Välkommen till sstdesk</source>
        <translation>Welcome to sstdesk</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="207"/>
        <source>Allt du skriver sparas krypterat på den här datorn. Välj en lösenfras som bara du känner till – gärna flera ord.</source>
        <translation>Everything you write is stored encrypted on this computer. Choose a passphrase only you know – several words are best.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="215"/>
        <location filename="../../sstdesk/ui/pages.py" line="226"/>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="218"/>
        <location filename="../../sstdesk/ui/pages.py" line="227"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="221"/>
        <source>Upprepa lösenfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="229"/>
        <source>Upprepa</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="231"/>
        <source>Börja använda programmet</source>
        <translation>Start using the program</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="235"/>
        <source>Prova först med påhittade elever (demoprofil)</source>
        <translation>Try it first with invented students (demo profile)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="255"/>
        <source>Ange ditt användarnamn.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="246"/>
        <location filename="../../sstdesk/ui/pages.py" line="258"/>
        <source>Lösenfraserna stämmer inte överens.</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="755"/>
        <source>Datorer som väntar på godkännande</source>
        <translation>Computers waiting for approval</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="760"/>
        <source>Godkänn bara en dator du vet att kollegan har anslutit just nu. Den får teamets nyckel och därmed alla teamets elever.</source>
        <translation>Only approve a computer you know your colleague has just connected. It receives the team key and with it all of the team&apos;s students.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="767"/>
        <source>Datorer som väntar</source>
        <translation>Computers waiting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="771"/>
        <source>Säkerhetskoden som visas på kollegans dator:</source>
        <translation>The safety code shown on your colleague&apos;s laptop:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="774"/>
        <source>Säkerhetskod</source>
        <translation>Safety code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="782"/>
        <source>Godkänn</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="783"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="795"/>
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
        <location filename="../../sstdesk/ui/document_view.py" line="157"/>
        <source>Skapar {0}…</source>
        <translation>Creating {0}…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="198"/>
        <source>Skäl till utskriften</source>
        <translation>Reason for printing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="219"/>
        <source>Skäl (sparas i loggen)</source>
        <translation>Reason (kept in the log)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="272"/>
        <source>Filen lämnar programmets skydd</source>
        <translation>The file leaves the program&apos;s protection</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="199"/>
        <source>Skriv varför handlingen skrivs ut, till exempel ”Inför elevhälsokonferensen 25 november”. Skriv inga namn.</source>
        <translation>Write why the document is printed, for example “For the student health conference on 25 November”. Write no names.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="204"/>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="238"/>
        <source>Skickad till skrivaren.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="259"/>
        <source>Använd ”Spara som…” för att spara som fil.</source>
        <translation>Use “Save as…” to save as a file.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="273"/>
        <source>Den sparade filen är inte krypterad och innehåller sekretessuppgifter. Spara den bara där obehöriga inte kommer åt den, och radera den när den inte längre behövs. Sparandet loggas.</source>
        <translation>The saved file is not encrypted and holds confidential information. Save it only where no unauthorised person can reach it, and delete it when it is no longer needed. Saving is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="287"/>
        <source>Skäl till att spara som fil</source>
        <translation>Reason for saving as a file</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="288"/>
        <source>Skriv varför handlingen sparas som fil, till exempel ”Skickas till BUP med säker e-post”. Skriv inga namn.</source>
        <translation>Write why the document is saved as a file, for example “Sent to BUP by secure e-mail”. Write no names.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="293"/>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="310"/>
        <source>Sparad som {0}.</source>
        <translation>Saved as {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="320"/>
        <source>Spara som</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/document_view.py" line="322"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="85"/>
        <source>t.ex. 12,5</source>
        <translation>e.g. 12.5</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="186"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="187"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="224"/>
        <source>Ej angiven</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="384"/>
        <source>Fyll i: {0}.</source>
        <translation>Please fill in: {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="406"/>
        <source>{0}: skriv ett tal mellan {1} och {2}, med högst en decimal, t.ex. 12,5.</source>
        <translation>{0}: enter a number between {1} and {2}, with at most one decimal, e.g. 12.5.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="416"/>
        <source>{0} blir {1}, mer än {2} %. Kontrollera siffrorna.</source>
        <translation>{0} comes to {1}, more than {2} %. Check the figures.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/forms.py" line="442"/>
        <source>Räknas ut: {0}</source>
        <translation>Worked out: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="48"/>
        <location filename="../../sstdesk/ui/import_view.py" line="146"/>
        <source>Personnummer</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="49"/>
        <location filename="../../sstdesk/ui/import_view.py" line="147"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="50"/>
        <source>Period från</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="51"/>
        <source>Period till</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="52"/>
        <source>Total frånvaro</source>
        <translation>Total absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="53"/>
        <source>Giltig frånvaro</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="54"/>
        <source>Ogiltig frånvaro</source>
        <translation>Unexcused absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="55"/>
        <source>Schemalagd tid (minuter eller lektioner)</source>
        <translation>Scheduled time (minutes or lessons)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="56"/>
        <source>Procent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="57"/>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="58"/>
        <source>Lektioner</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="73"/>
        <source>Importera närvaro från skolan</source>
        <translation>Import attendance from the school</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="84"/>
        <source>1. Fil och skola</source>
        <translation>1. File and school</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="89"/>
        <location filename="../../sstdesk/ui/import_view.py" line="90"/>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="92"/>
        <source>Ingen fil vald.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="93"/>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="97"/>
        <source>Fil (CSV eller XLSX)</source>
        <translation>File (CSV or XLSX)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="99"/>
        <source>t.ex. Skola24-export</source>
        <translation>e.g. Skola24 export</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="100"/>
        <location filename="../../sstdesk/ui/import_view.py" line="101"/>
        <source>Datakälla</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="113"/>
        <source>Period (om filen saknar period)</source>
        <translation>Period (if the file has none)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="117"/>
        <source>2. Kolumner</source>
        <translation>2. Columns</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="128"/>
        <source>Frånvaron anges i</source>
        <translation>Absence is given in</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="129"/>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="136"/>
        <source>3. Förhandsgranskning</source>
        <translation>3. Preview</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="145"/>
        <source>Rad</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="148"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="149"/>
        <source>Frånvaro (giltig/ogiltig)</source>
        <translation>Absence (excused/unexcused)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="150"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="155"/>
        <source>Rader i filen</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="167"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="173"/>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="176"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="193"/>
        <source>Arbetar…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="213"/>
        <source>Välj närvaroexport</source>
        <translation>Choose attendance export</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="215"/>
        <source>Närvaroexporter (*.csv *.txt *.xlsx)</source>
        <translation>Attendance exports (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="246"/>
        <source>(finns inte)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="248"/>
        <source>Kolumn {0}</source>
        <translation>Column {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="254"/>
        <source>{0} rader, {1}. Kontrollera kolumnerna och förhandsgranska.</source>
        <translation>{0} rows, {1}. Check the columns and preview.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="291"/>
        <source>Namnet i filen: {0}</source>
        <translation>Name in the file: {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="292"/>
        <source>Matchad</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="298"/>
        <source>Finns redan</source>
        <translation>Already there</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="300"/>
        <source>Perioden är redan registrerad</source>
        <translation>The period is already registered</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="310"/>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="312"/>
        <source>Ingen elev med pågående ärende</source>
        <translation>No student with an open case</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="318"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="334"/>
        <source>%n rader kan importeras,</source>
        <translation>
            <numerusform>%n row can be imported,</numerusform>
            <numerusform>%n rows can be imported,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="335"/>
        <source>%n finns redan,</source>
        <translation>
            <numerusform>%n is already there,</numerusform>
            <numerusform>%n are already there,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="336"/>
        <source>%n elever är okända och</source>
        <translation>
            <numerusform>%n student is unknown and</numerusform>
            <numerusform>%n students are unknown and</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="337"/>
        <source>%n rader har fel.</source>
        <translation>
            <numerusform>%n row has errors.</numerusform>
            <numerusform>%n rows have errors.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="338"/>
        <source>Bara de markerade raderna importeras.</source>
        <translation>Only the ticked rows are imported.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="343"/>
        <source>Importera {0} rader</source>
        <translation>Import {0} rows</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/import_view.py" line="366"/>
        <source>{0} perioder är importerade.</source>
        <translation>{0} periods imported.</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1069"/>
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1073"/>
        <source>Journalanteckningar</source>
        <translation>Journal notes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1091"/>
        <source>Anteckningen som rättas</source>
        <translation>The note being corrected</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1097"/>
        <source>Anteckningens text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1104"/>
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1106"/>
        <source>Rätta…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1108"/>
        <source>Signera…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1110"/>
        <source>En signerad anteckning kan inte ändras. Ctrl+S sparar utan att signera.</source>
        <translation>A signed note cannot be changed. Ctrl+S saves without signing.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1190"/>
        <source>Utkast – sparas medan du skriver. Signera när anteckningen är klar.</source>
        <translation>Draft – saved as you type. Sign when the note is finished.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1200"/>
        <source>Rättar anteckningen från {0}, signerad {1} av {2}:</source>
        <translation>Correcting the note of {0}, signed {1} by {2}:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1244"/>
        <source>Sparat {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1254"/>
        <source>Signera anteckningen</source>
        <translation>Sign the note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1256"/>
        <source>Signera anteckningen från {0} ({1})?</source>
        <translation>Sign the note of {0} ({1})?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1262"/>
        <source>En signerad anteckning kan inte ändras i efterhand. Ett fel rättas bara med en ny anteckning (”Rätta”), och båda står kvar i journalen.</source>
        <translation>A signed note cannot be changed afterwards. A mistake is corrected only with a new note (“Correct”), and both stay in the record.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1266"/>
        <source>Signera</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1267"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1174"/>
        <source>Ingen anteckning vald.</source>
        <translation>No note selected.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1178"/>
        <source>Utkastet nämner skyddade uppgifter. Välj ”Visa skyddade uppgifter” för att skriva i det.</source>
        <translation>The draft mentions protected details. Choose “Show protected details” to write in it.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="1184"/>
        <source>Signerad {0} av {1} – kan inte ändras.</source>
        <translation>Signed {0} by {1} – cannot be changed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="266"/>
        <source>Lösenfras för demoprofilen</source>
        <translation>Passphrase for the demo profile</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="276"/>
        <source>Öppna demoprofilen</source>
        <translation>Open the demo profile</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="280"/>
        <source>Demoprofilen är en egen profil med påhittade elever, bredvid dina riktiga uppgifter, som inte påverkas. Välj en lösenfras för den (minst 8 tecken).</source>
        <translation>The demo profile is a profile of its own with made-up students, beside your real information, which is not affected. Choose a passphrase for it (at least 8 characters).</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="332"/>
        <source>De gamla filerna ligger kvar i {0}.</source>
        <translation>The old files are kept in {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/main_window.py" line="367"/>
        <source>Låst efter %n minuter utan aktivitet. Det du skrivit är sparat.</source>
        <translation>
            <numerusform>Locked after %n minute without activity. What you wrote is saved.</numerusform>
            <numerusform>Locked after %n minutes without activity. What you wrote is saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="377"/>
        <source>Lås automatiskt efter (minuter)</source>
        <translation>Lock automatically after (minutes)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="385"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="387"/>
        <source>Som systemet</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="392"/>
        <source>Teamets server (https://…)</source>
        <translation>The team&apos;s server (https://…)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="398"/>
        <source>Distriktets servercertifikat (filen från IT)</source>
        <translation>The district&apos;s server certificate (the file from IT)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="413"/>
        <source>Inställningarna är sparade. Språket byts nästa gång programmet startar.</source>
        <translation>Settings saved. The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="419"/>
        <source>Bestäms av IT och kan inte ändras här: {0}.</source>
        <translation>Set by IT and cannot be changed here: {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="422"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="430"/>
        <source>Nuvarande lösenfras</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="431"/>
        <source>Ny lösenfras</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="432"/>
        <source>Upprepa den nya lösenfrasen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="438"/>
        <source>De nya lösenfraserna stämmer inte överens.</source>
        <translation>The new passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="445"/>
        <source>Lösenfrasen är bytt. Använd den nya nästa gång du låser upp.</source>
        <translation>The passphrase is changed. Use the new one next time you unlock.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="457"/>
        <source>Byt lösenfras</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="461"/>
        <source>Återställningskoden gäller som förut. Säkerhetskopior som redan gjorts öppnas med den lösenfras som gällde när de gjordes.</source>
        <translation>The recovery code works as before. Backups already made open with the passphrase that held when they were made.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="472"/>
        <source>Det nya läsåret börjar</source>
        <translation>The new school year starts</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="485"/>
        <source>Läsårsskifte</source>
        <translation>New school year</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="489"/>
        <source>Eleverna i elevlistan går upp en årskurs från den dag teamet har bestämt. Du ser vilka som ändras innan något sparas.</source>
        <translation>The students in the list move up one grade from the day the team has set. You see who changes before anything is saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/main_window.py" line="505"/>
        <source>Läsårsskiftet {0} är gjort: %n elever har gått upp en årskurs.</source>
        <translation>
            <numerusform>School year {0} has started: %n student has moved up a grade.</numerusform>
            <numerusform>School year {0} has started: %n students have moved up a grade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="533"/>
        <source>Län eller stad där teamet arbetar (för forskningsurvalet)</source>
        <translation>County or city the team works in (for the research sample)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="539"/>
        <source>Teamet är en privat utförare (gallring efter två år)</source>
        <translation>The team is a private provider (records disposed of after two years)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="541"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="541"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="546"/>
        <source>Förenklad kartläggning från</source>
        <translation>Simplified mapping from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="552"/>
        <source>Förenklad kartläggning till</source>
        <translation>Simplified mapping to</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="558"/>
        <source>Fördjupad kartläggning från</source>
        <translation>In-depth mapping from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="564"/>
        <source>Åtgärdstrappan (en rad per steg: procent, beskrivning)</source>
        <translation>Action ladder (one line per step: percent, description)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="583"/>
        <source>Teamets inställningar är sparade.</source>
        <translation>The team settings are saved.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="590"/>
        <source>Teamets inställningar</source>
        <translation>Team settings</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="594"/>
        <source>Gränserna följer Stockholms frånvarotrappa och ”Hör mig nu!” om inget annat anges. De syns på elevsidan och i underlaget till elevhälsokonferensen.</source>
        <translation>Unless changed, the thresholds follow Stockholm&apos;s absence ladder and “Hör mig nu!”. They show on the student page and in the student health conference material.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="799"/>
        <source>Räknar…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="828"/>
        <source>Sparad som {0}.</source>
        <translation>Saved as {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="997"/>
        <source>Det du skrev senast kunde inte sparas: {0}</source>
        <translation>What you wrote last could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1009"/>
        <source>Påbörjad registrering</source>
        <translation>Unfinished form</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1010"/>
        <source>Du hade en påbörjad registrering: ”{0}” – fortsätt?</source>
        <translation>You had an unfinished form: “{0}” – continue?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1011"/>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/main_window.py" line="1012"/>
        <source>Släng</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="696"/>
        <location filename="../../sstdesk/ui/sync_view.py" line="709"/>
        <source>Ändringar som servern inte tog emot</source>
        <translation>Changes the server did not accept</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="701"/>
        <source>Ändringarna finns kvar på datorn och hindrar inte annan synkronisering. Ändra uppgiften (till exempel korta en mycket lång anteckning) så skickas den nya versionen, eller försök igen när IT-supporten har sett på saken.</source>
        <translation>The changes are kept on this computer and do not hold up other syncing. Change the entry (for example shorten a very long note) and the new version is sent, or try again once IT support has looked into it.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="712"/>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="713"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="281"/>
        <source>Glömt lösenfrasen?</source>
        <translation>Forgot the passphrase?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="284"/>
        <source>Skriv in återställningskoden som du fick när du började använda programmet. Stora eller små bokstäver och bindestreck spelar ingen roll. Välj sedan en ny lösenfras.</source>
        <translation>Enter the recovery code you got when you started using the program. Upper or lower case and hyphens do not matter. Then choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="292"/>
        <location filename="../../sstdesk/ui/pages.py" line="309"/>
        <source>Återställningskod</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="300"/>
        <location filename="../../sstdesk/ui/pages.py" line="310"/>
        <source>Ny lösenfras</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="303"/>
        <source>Upprepa den nya lösenfrasen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="312"/>
        <source>Upprepa</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="314"/>
        <source>Öppna dina uppgifter med koden</source>
        <translation>Open your information with the code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="318"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="329"/>
        <source>Skriv in återställningskoden.</source>
        <translation>Type the recovery code.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="332"/>
        <source>Lösenfraserna stämmer inte överens.</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="365"/>
        <location filename="../../sstdesk/ui/pages.py" line="414"/>
        <source>Din återställningskod</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="385"/>
        <source>Kodens grupp {0}</source>
        <translation>Code group {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="394"/>
        <source>Skriv ut koden…</source>
        <translation>Print the code…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="398"/>
        <source>Jag har skrivit ner eller skrivit ut koden</source>
        <translation>I have written down or printed the code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="414"/>
        <source>Din nya återställningskod</source>
        <translation>Your new recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="418"/>
        <source>Den gamla koden öppnar inte längre dina uppgifter på den här datorn. Skriv ner eller skriv ut den nya koden och förvara den inlåst. Den visas bara den här gången. Säkerhetskopior som gjorts tidigare öppnas fortfarande med den kod och den lösenfras som gällde då.</source>
        <translation>The old code no longer opens your information on this computer. Write down or print the new code and keep it locked away. It is shown only this once. Backups made earlier still open with the code and the passphrase that applied then.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="426"/>
        <source>Skriv ner eller skriv ut koden och förvara den inlåst. Den öppnar dina uppgifter om du glömmer lösenfrasen. Koden visas bara den här gången.</source>
        <translation>Write down or print the code and keep it locked away. It opens your information if you forget the passphrase. The code is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="465"/>
        <source>Koden öppnar uppgifterna på datorn om lösenfrasen glöms bort.</source>
        <translation>The code opens the information on the computer if the passphrase is forgotten.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="446"/>
        <source>Skriv ut koden på papper, inte till en fil.</source>
        <translation>Print the code on paper, not to a file.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="449"/>
        <source>Koden är skickad till skrivaren.</source>
        <translation>The code has been sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="460"/>
        <source>sstdesk – återställningskod</source>
        <translation>sstdesk – recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="466"/>
        <source>Förvara papperet inlåst, skilt från datorn. Visa det inte för någon.</source>
        <translation>Keep this paper locked away, apart from the computer. Show it to no one.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="467"/>
        <source>Utskriven {0}.</source>
        <translation>Printed {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/pages.py" line="399"/>
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
        <location filename="../../sstdesk/ui/sip_view.py" line="104"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="105"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="106"/>
        <source>Verksamhet och huvudman</source>
        <translation>Service and responsible authority</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="107"/>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="110"/>
        <source>Insats</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="111"/>
        <source>Behov nr</source>
        <translation>Need no.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="112"/>
        <source>Huvudman</source>
        <translation>Responsible authority</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="113"/>
        <source>Ansvarig verksamhet</source>
        <translation>Responsible service</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="114"/>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="115"/>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="143"/>
        <source>SIP – samordnad individuell plan</source>
        <translation>SIP – coordinated individual plan</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="150"/>
        <source>SIP:ens version och status</source>
        <translation>The SIP&apos;s version and status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="178"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="187"/>
        <source>Spara utkast</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="188"/>
        <source>Markera som kallad</source>
        <translation>Mark as called</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="189"/>
        <source>Deltagarna är kallade till SIP-mötet.</source>
        <translation>The participants are called to the SIP meeting.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="190"/>
        <source>Upprätta SIP</source>
        <translation>Establish SIP</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="191"/>
        <source>Följ upp – ny version</source>
        <translation>Follow up – new version</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="194"/>
        <source>SIP:en markeras som uppföljd och en ny version skapas som utkast, med samma innehåll att arbeta vidare med.</source>
        <translation>The SIP is marked as followed up, and a new version is made as a draft with the same content to work on.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="198"/>
        <location filename="../../sstdesk/ui/sip_view.py" line="765"/>
        <source>Skriv ut utkast…</source>
        <translation>Print draft…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="199"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="250"/>
        <source>Inte bestämt</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="258"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="265"/>
        <source>Mötet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="266"/>
        <source>Initiativtagare</source>
        <translation>Initiated by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="267"/>
        <source>Ordförande</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="268"/>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="269"/>
        <source>Mötesdatum</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="270"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="271"/>
        <source>Frågeställning</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="301"/>
        <source>Deltagare och deras huvudmän</source>
        <translation>Participants and their responsible authorities</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="305"/>
        <source>En rad per person: barnet, vårdnadshavarna och varje verksamhet. Skriv verksamheten så att huvudmannen syns, t.ex. ”BUP Söder (regionen)”.</source>
        <translation>One row per person: the child, the guardians and each service. Write the service so that its responsible authority shows, e.g. “BUP Söder (the region)”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="311"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="316"/>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="317"/>
        <source>Ta bort markerad deltagare</source>
        <translation>Remove selected participant</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="325"/>
        <source>Barnets och familjens del</source>
        <translation>The child&apos;s and the family&apos;s part</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="326"/>
        <source>Det här är viktigt för mig (barnet)</source>
        <translation>This is important to me (the child)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="327"/>
        <source>Vårdnadshavarnas beskrivning</source>
        <translation>The guardians&apos; account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="328"/>
        <source>Nuläge i korthet</source>
        <translation>The situation in brief</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="332"/>
        <source>1. Behov och mål</source>
        <translation>1. Needs and goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="335"/>
        <source>Behov (ett per rad)</source>
        <translation>Needs (one per line)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="336"/>
        <source>Till exempel: Stöd kring oro</source>
        <translation>For example: Support with worry</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="339"/>
        <source>Långsiktigt mål</source>
        <translation>Long-term goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="340"/>
        <source>Kortsiktigt mål</source>
        <translation>Short-term goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="344"/>
        <source>2. Insatser – vem gör vad och när</source>
        <translation>2. Interventions – who does what and when</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="348"/>
        <source>En rad per insats, med huvudmannen som svarar för den, verksamheten, en kontaktperson och när. ”Behov nr” är radnumret i behovslistan (t.ex. 1, 2).</source>
        <translation>One row per intervention, with the responsible authority, the service, a contact person and when. “Need no.” is the line number in the list of needs (e.g. 1, 2).</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="354"/>
        <source>Insatser</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="360"/>
        <source>Lägg till insats</source>
        <translation>Add intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="361"/>
        <source>Ta bort markerad insats</source>
        <translation>Remove selected intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="369"/>
        <source>3. Andra aktörers åtgärder</source>
        <translation>3. Measures by other actors</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="372"/>
        <source>Åtgärder av andra än kommunen och regionen</source>
        <translation>Measures by others than the municipality and the region</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="373"/>
        <source>Skriv ”Inga” om det inte finns några.</source>
        <translation>Write “None” if there are none.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="375"/>
        <source>Det barnet och familjen själva gör</source>
        <translation>What the child and the family do themselves</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="376"/>
        <source>Informationsöverföring</source>
        <translation>Passing on information</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="380"/>
        <source>4. Ansvar och uppföljning</source>
        <translation>4. Responsibility and follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="382"/>
        <location filename="../../sstdesk/ui/sip_view.py" line="383"/>
        <source>Huvudansvarig huvudman</source>
        <translation>Responsible authority with overall responsibility</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="384"/>
        <source>Huvudansvarig person</source>
        <translation>Person with overall responsibility</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="385"/>
        <source>Kallar till uppföljning</source>
        <translation>Calls the follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="386"/>
        <source>Datum för uppföljning</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="387"/>
        <source>Så mäts måluppfyllelsen</source>
        <translation>How goal attainment is measured</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="388"/>
        <source>Övrigt och oenighet</source>
        <translation>Other matters and disagreement</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="392"/>
        <location filename="../../sstdesk/ui/sip_view.py" line="396"/>
        <source>Samtycket SIP:en vilar på</source>
        <translation>The consent the SIP rests on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="402"/>
        <source>Samtycke ”{0}”, giltigt {1} – {2}. Parter: {3}.</source>
        <translation>Consent “{0}”, valid {1} – {2}. Parties: {3}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="410"/>
        <source>Ett giltigt samtycke omfattar vården.</source>
        <translation>A valid consent covers health care.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="415"/>
        <source>Registrera ett samtycke som låter BUP eller annan vård få planen.</source>
        <translation>Record a consent that lets BUP or other health care have the plan.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="437"/>
        <source>Det som saknas för att upprätta SIP:en</source>
        <translation>What is missing to establish the SIP</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="442"/>
        <source>SoL 2 kap. 7 § och HSL 16 kap. 4 §: planen ska säga vilka insatser som behövs, vad varje huvudman ansvarar för, vad andra än kommunen och regionen gör och vem som har det övergripande ansvaret.</source>
        <translation>SoL chapter 2 section 7 and HSL chapter 16 section 4: the plan must say which interventions are needed, what each responsible authority answers for, what others than the municipality and the region do, and who has the overall responsibility.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="504"/>
        <source>Huvudman för insats {0}</source>
        <translation>Responsible authority for intervention {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="518"/>
        <source>Markera raden som ska tas bort.</source>
        <translation>Select the row to remove.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="599"/>
        <source>behov nr ska vara radnummer, t.ex. 1, 2</source>
        <translation>need no. must be line numbers, e.g. 1, 2</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="602"/>
        <source>vilken huvudman som svarar för den</source>
        <translation>which responsible authority answers for it</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="676"/>
        <source>Insats {0}: ange {1}.</source>
        <translation>Intervention {0}: give {1}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="692"/>
        <source>ny, inte sparad än</source>
        <translation>new, not saved yet</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="694"/>
        <source>upprättad {0}</source>
        <translation>established {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="696"/>
        <source>{0} (upprättad {1})</source>
        <translation>{0} (established {1})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="701"/>
        <source>SIP, version {0} – {1}</source>
        <translation>SIP, version {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="703"/>
        <source> · uppföljning av version {0}</source>
        <translation> · follow-up of version {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="730"/>
        <source>SIP:en är {0}.</source>
        <translation>The SIP is {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="735"/>
        <source>En upprättad SIP ändras inte. Gör en uppföljning: den blir en ny version att arbeta vidare i.</source>
        <translation>An established SIP does not change. Make a follow-up: it becomes a new version to work on.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="741"/>
        <source>Innan SIP:en kan upprättas saknas</source>
        <translation>Before the SIP can be established, this is missing</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="749"/>
        <source>Allt som lagen kräver finns med</source>
        <translation>Everything the law requires is there</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="752"/>
        <source>SIP:en kan upprättas när mötet har hållits och alla är överens.</source>
        <translation>The SIP can be established once the meeting is held and everyone agrees.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="760"/>
        <source>Fyll i det som saknas i listan till höger först.</source>
        <translation>Fill in what the list on the right says is missing first.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="765"/>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="823"/>
        <source>Utkastet är sparat.</source>
        <translation>The draft is saved.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="840"/>
        <source>SIP:en är markerad som kallad.</source>
        <translation>The SIP is marked as called.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="842"/>
        <source>SIP:en är upprättad. Den ändras nu bara genom en uppföljning.</source>
        <translation>The SIP is established. From now on it changes only through a follow-up.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="854"/>
        <source>Version {0} är uppföljd. Version {1} är ett nytt utkast med samma innehåll: ange mötesdatum och nytt datum för uppföljning.</source>
        <translation>Version {0} is followed up. Version {1} is a new draft with the same content: give the meeting date and a new follow-up date.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="933"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sip_view.py" line="934"/>
        <source>Du har ändrat i SIP:en utan att spara. Spara ändringarna?</source>
        <translation>You have changed the SIP without saving. Save the changes?</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="60"/>
        <source>← Elevlistan</source>
        <translation>← Student list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="63"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="70"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="72"/>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="74"/>
        <source>Årskurs</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="79"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="80"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="92"/>
        <source>Exportera PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="93"/>
        <source>Exportera CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="108"/>
        <source>Diagram: elever under perioden per kön</source>
        <translation>Chart: students in the period by gender</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="111"/>
        <source>Tabeller</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="122"/>
        <source>Egen period…</source>
        <translation>Custom period…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="127"/>
        <source>Alla skolor</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="131"/>
        <source>Alla årskurser</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="133"/>
        <source>Årskurs {0}</source>
        <translation>Grade {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="162"/>
        <source>Här visas alla tal; i PDF och CSV döljs celler under 5.</source>
        <translation>All figures are shown here; in PDF and CSV cells under 5 are hidden.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="200"/>
        <source>per kön</source>
        <translation>by gender</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="212"/>
        <source>Filen lämnar programmets skydd</source>
        <translation>The file leaves the program&apos;s protection</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="214"/>
        <source>Statistiken sparas okrypterad. Den innehåller inga uppgifter om enskilda, och celler med färre än fem elever visas som ”&lt;5”. Exporten loggas.</source>
        <translation>The statistics are saved unencrypted. They hold nothing about individuals, and cells with fewer than five students are shown as “&lt;5”. The export is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/stats_page.py" line="226"/>
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
        <location filename="../../sstdesk/ui/student_actions.py" line="758"/>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="229"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="764"/>
        <source>Ny skolas namn</source>
        <translation>New school name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="233"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="768"/>
        <source>Årskurs</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="241"/>
        <source>Aktualiserad av</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="245"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1668"/>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="248"/>
        <source>Frånvaro vid aktualisering</source>
        <translation>Absence at referral</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="254"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="302"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="719"/>
        <source>Skyddade personuppgifter</source>
        <translation>Protected personal data</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="278"/>
        <source>Ny elev – aktualisering</source>
        <translation>New student – referral</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="285"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="288"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="294"/>
        <source>Har vårdnaden</source>
        <translation>Has custody</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="298"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="307"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="782"/>
        <source>Tolk (språk)</source>
        <translation>Interpreter (language)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="328"/>
        <source>Lägg till vårdnadshavare</source>
        <translation>Add guardian</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="337"/>
        <source>Händelsedatum</source>
        <translation>Date of event</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="343"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="347"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="362"/>
        <source>Ny journalanteckning</source>
        <translation>New journal note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="371"/>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="375"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="933"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="379"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="382"/>
        <source>Deltagare (en per rad: namn, roll, verksamhet)</source>
        <translation>Participants (one per line: name, role, organisation)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="389"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="395"/>
        <source>Beslut (en per rad: åtgärd, ansvarig)</source>
        <translation>Decisions (one per line: action, responsible)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="414"/>
        <source>Registrera möte</source>
        <translation>Record meeting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="428"/>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="432"/>
        <source>Får dela med</source>
        <translation>May share with</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="438"/>
        <source>Uppgifter</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="444"/>
        <source>Gäller från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="450"/>
        <source>Gäller t.o.m.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="456"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="488"/>
        <source>Samtycket gäller inte</source>
        <translation>The consent does not cover</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="480"/>
        <source>Informerade om rätten att säga nej och återkalla</source>
        <translation>Informed of the right to refuse and withdraw</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="561"/>
        <source>Registrera samtycke</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="596"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="662"/>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="597"/>
        <source>Återkallat av</source>
        <translation>Withdrawn by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="610"/>
        <source>Bara för (tomt = hela samtycket)</source>
        <translation>Only for (empty = the whole consent)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="626"/>
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
        <location filename="../../sstdesk/ui/student_actions.py" line="754"/>
        <source>Ny skola …</source>
        <translation>New school …</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="299"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="462"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="667"/>
        <source>Svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="469"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="671"/>
        <source>Svaren lämnades den</source>
        <translation>Answers given on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="475"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="677"/>
        <source>God man: namn (om eleven har en)</source>
        <translation>Trustee: name (if the student has one)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="494"/>
        <source>Skäl till att bara en vårdnadshavare samtycker</source>
        <translation>Reason only one guardian consents</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="501"/>
        <source>Barnets egen inställning</source>
        <translation>The child&apos;s own view</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="507"/>
        <source>Mognadsbedömning: på vilka grunder</source>
        <translation>Maturity assessment: on what grounds</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="513"/>
        <source>Mognadsbedömning: gjord av</source>
        <translation>Maturity assessment: made by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="518"/>
        <source>Mognadsbedömning: datum</source>
        <translation>Maturity assessment: date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="525"/>
        <source>Eleven kan själv bestämma om samtycket</source>
        <translation>The student can decide on the consent alone</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="527"/>
        <source>Ingen bedömning</source>
        <translation>No assessment</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="564"/>
        <source>Fyll i det familjen faktiskt har sagt. Den som inte har tillfrågats står kvar som ”Ej tillfrågad”.</source>
        <translation>Enter what the family actually said. Anyone not asked stays “Not asked”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="577"/>
        <source>{0} (t.o.m. {1})</source>
        <translation>{0} (until {1})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="600"/>
        <source>Återkallelsen kom in den</source>
        <translation>The withdrawal came in on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="606"/>
        <source>Hur (telefon, brev, vid möte …)</source>
        <translation>How (phone, letter, at a meeting …)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="629"/>
        <source>Återkallelsen gäller direkt. Inget mer får lämnas ut till de parter den gäller. De som redan har fått uppgifter hamnar under Att göra, så att du kan meddela dem.</source>
        <translation>The withdrawal applies at once. Nothing more may be disclosed to the parties it covers. Those who already received information appear under To do, so you can tell them.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="643"/>
        <source>{0} ({1}, t.o.m. {2})</source>
        <translation>{0} ({1}, until {2})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="698"/>
        <source>Svar på samtycke</source>
        <translation>Answer on a consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="709"/>
        <source>Eleven har skyddade personuppgifter</source>
        <translation>The student has protected personal details</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="723"/>
        <source>Nu: {0}. Med skyddade personuppgifter visas och skrivs skola och adresser aldrig ut, och eleven hittas inte genom en sökning på skolan. Ändringen loggas.</source>
        <translation>Now: {0}. With protected personal details the school and addresses are never shown or printed, and the student is not found by searching the school. The change is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="749"/>
        <source>Nuvarande skola (skyddad)</source>
        <translation>Current school (protected)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="776"/>
        <source>Klass</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="803"/>
        <source>Ändra elevuppgifter</source>
        <translation>Edit student details</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="806"/>
        <source>Ändra det som inte stämmer längre. Byter eleven skola följer det pågående ärendet med. Skyddade personuppgifter ändras under ”Skyddade personuppgifter…”. Ändringen loggas.</source>
        <translation>Change what is no longer right. If the student changes school, the open case goes along. Protected personal details are changed under “Protected personal details…”. The change is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="821"/>
        <source>Handlingsplanen har inga mål ännu.</source>
        <translation>The action plan has no goals yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="837"/>
        <source>Vilket mål?</source>
        <translation>Which goal?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="886"/>
        <source>Ändra mål</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="890"/>
        <source>Mål {0}. Är handlingsplanen fastställd blir den reviderad i dag.</source>
        <translation>Goal {0}. If the action plan is established, it is revised today.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="908"/>
        <source>Boosterträffen hölls {0}.</source>
        <translation>The booster session was held {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="913"/>
        <source>Boosterträffen planeras när eleven är utskriven.</source>
        <translation>The booster session is planned when the student is discharged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="923"/>
        <source>Boosterträffen</source>
        <translation>The booster session</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="926"/>
        <source>är planerad till</source>
        <translation>is planned for</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="927"/>
        <source>hölls den</source>
        <translation>was held on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="948"/>
        <source>Boosterträff</source>
        <translation>Booster session</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="952"/>
        <source>Utskriven {0}. Boosterträffen är planerad till {1}. Flytta den, eller registrera den som hållen.</source>
        <translation>Discharged {0}. The booster session is planned for {1}. Move it, or record it as held.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="978"/>
        <source>Handlingsplanens uppföljning</source>
        <translation>The action plan&apos;s follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="987"/>
        <source>Bokad uppföljning {0}</source>
        <translation>Booked follow-up {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="997"/>
        <source>Boka en ny uppföljning</source>
        <translation>Book a new follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1003"/>
        <source>Ny uppföljning den</source>
        <translation>New follow-up on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1027"/>
        <source>Uppföljningsdatum</source>
        <translation>Follow-up dates</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1030"/>
        <source>Flytta det som ska flyttas. Datumen står under Att göra. En uppföljning som har hållits registreras med ”Uppföljning…”.</source>
        <translation>Move what needs moving. The dates show under To do. A follow-up that has been held is recorded with “Follow-up…”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1054"/>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1057"/>
        <source>Underrättad den</source>
        <translation>Told on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1061"/>
        <source>Hur (telefon, brev …)</source>
        <translation>How (phone, letter …)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1070"/>
        <source>Meddela om återkallelse</source>
        <translation>Tell of a withdrawal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1080"/>
        <source>Begäran kom in</source>
        <translation>Request received</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1084"/>
        <source>Begärd av (namn)</source>
        <translation>Requested by (name)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1087"/>
        <source>Den som begär är</source>
        <translation>The person asking is</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1093"/>
        <source>Så kontrollerades identiteten (och vårdnaden)</source>
        <translation>How the identity (and custody) was checked</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1112"/>
        <source>Begäran om registerutdrag</source>
        <translation>Request for a register extract</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1115"/>
        <source>Registerutdraget ska lämnas inom en månad. Det syns under Att göra tills det är lämnat.</source>
        <translation>The register extract must be given within one month. It shows under To do until it is given.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1138"/>
        <source>Begäran</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1142"/>
        <source>Lämnat den</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1148"/>
        <source>Hur (personligen, rekommenderat brev …)</source>
        <translation>How (in person, registered letter …)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1158"/>
        <source>Registerutdrag lämnat</source>
        <translation>Register extract given</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1169"/>
        <source>Insamlade handlingar</source>
        <translation>Documents gathered</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1176"/>
        <source>Elevens berättelse</source>
        <translation>The student&apos;s account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1182"/>
        <source>Vårdnadshavarnas berättelse</source>
        <translation>The guardians&apos; account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1188"/>
        <source>Skolans bild</source>
        <translation>The school&apos;s view</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1207"/>
        <source>Påbörja kartläggning</source>
        <translation>Start mapping</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1218"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1224"/>
        <source>Risk eller skydd</source>
        <translation>Risk or protective</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1228"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1229"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1507"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1232"/>
        <source>Får delas med skolan</source>
        <translation>May be shared with the school</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1253"/>
        <source>Lägg till faktor</source>
        <translation>Add factor</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1266"/>
        <source>Elevens egna mål</source>
        <translation>The student&apos;s own goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1271"/>
        <source>Vårdnadshavarnas mål</source>
        <translation>The guardians&apos; goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1275"/>
        <source>Mål 1</source>
        <translation>Goal 1</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1494"/>
        <source>Giltig frånvaro (%)</source>
        <translation>Authorised absence (%)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1496"/>
        <source>Ogiltig frånvaro (%)</source>
        <translation>Unauthorised absence (%)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1503"/>
        <source>giltig</source>
        <translation>authorised</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1504"/>
        <source>ogiltig</source>
        <translation>unauthorised</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1536"/>
        <source>Perioden överlappar</source>
        <translation>The period overlaps</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1538"/>
        <source>Perioden {0} – {1} överlappar en period som redan finns för ärendet:</source>
        <translation>The period {0} – {1} overlaps a period the case already has:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1543"/>
        <source>Perioden {0} – {1} överlappar {2} perioder som redan finns för ärendet:</source>
        <translation>The period {0} – {1} overlaps {2} periods the case already has:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1552"/>
        <source>{0} – {1}: {2} frånvaro ({3})</source>
        <translation>{0} – {1}: {2} absence ({3})</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1565"/>
        <source>Spara ändå om perioderna ska stå kvar sida vid sida, t.ex. när skolan skickat en rättad rapport. Annars går du tillbaka och ändrar datumen.</source>
        <translation>Save anyway if the periods are to stand side by side, e.g. when the school has sent a corrected report. Otherwise go back and change the dates.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1572"/>
        <source>Spara ändå</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1576"/>
        <source>Gå tillbaka</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1609"/>
        <source>Skriv in frånvaron som skolans rapport anger den, i procent (t.ex. 12,5). Den totala frånvaron räknas ut. Under Källa skriver du varifrån siffrorna kommer, t.ex. ”Skola24, utdrag 2026-11-20” eller ”mentorns närvarorapport”.</source>
        <translation>Enter the absence as the school&apos;s report gives it, in percent (e.g. 12.5). The total absence is worked out. Under Source, write where the figures come from, e.g. “Skola24, extract 2026-11-20” or “the mentor&apos;s attendance report”.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1713"/>
        <source>Avsluta ärendet (utskrivning)</source>
        <translation>Close the case (discharge)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="847"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1278"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1371"/>
        <source>Hur vi vet att vi nått det</source>
        <translation>How we know we reached it</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="852"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1281"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1372"/>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="858"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1282"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1373"/>
        <source>Målvärde</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="864"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1285"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1376"/>
        <source>Mål till</source>
        <translation>Goal by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1291"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1411"/>
        <source>Insats</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1297"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1417"/>
        <source>Vem gör</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1303"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1421"/>
        <source>Hur ofta</source>
        <translation>How often</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1308"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1314"/>
        <source>Fastställ planen nu</source>
        <translation>Establish the plan now</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1359"/>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="831"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="844"/>
        <location filename="../../sstdesk/ui/student_actions.py" line="1370"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1398"/>
        <source>Lägg till mål</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1424"/>
        <source>Kopplad till mål</source>
        <translation>Linked to goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1431"/>
        <source>Nivå (1–3)</source>
        <translation>Level (1–3)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1455"/>
        <source>Lägg till insats</source>
        <translation>Add intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1489"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1493"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1500"/>
        <source>Total frånvaro</source>
        <translation>Total absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1606"/>
        <source>Lägg till närvaro</source>
        <translation>Add attendance</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1624"/>
        <source>Hölls</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1630"/>
        <source>Frånvaro nu</source>
        <translation>Absence now</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1636"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1641"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1661"/>
        <source>Registrera uppföljning</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1671"/>
        <source>Frånvaro vid utskrivning</source>
        <translation>Absence at discharge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1677"/>
        <source>Målen är nådda</source>
        <translation>The goals are met</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1683"/>
        <source>Boosterträff (ungefär tre månader efter)</source>
        <translation>Booster session (about three months after)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_actions.py" line="1692"/>
        <source>Gymnasiebehörig</source>
        <translation>Eligible for upper secondary</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="75"/>
        <location filename="../../sstdesk/ui/student_page.py" line="139"/>
        <source>Aktualisering</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="76"/>
        <location filename="../../sstdesk/ui/student_page.py" line="451"/>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="77"/>
        <location filename="../../sstdesk/ui/student_page.py" line="163"/>
        <source>Kartläggning</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="78"/>
        <source>Planering</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="79"/>
        <source>Genomförande</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="80"/>
        <location filename="../../sstdesk/ui/student_page.py" line="174"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="81"/>
        <location filename="../../sstdesk/ui/student_page.py" line="176"/>
        <source>Utskrivning</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="82"/>
        <source>Booster</source>
        <translation>Booster</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="111"/>
        <source>skyddad</source>
        <translation>protected</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="112"/>
        <source>åk</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="113"/>
        <source>t.o.m.</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="114"/>
        <source>Samtycke:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="115"/>
        <source>inget samtycke registrerat – inga uppgifter får delas.</source>
        <translation>no consent recorded – nothing may be shared.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="116"/>
        <source>Får tala med:</source>
        <translation>May talk to:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="117"/>
        <source>Om:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="118"/>
        <source>Handlingsplan, version</source>
        <translation>Action plan, version</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="119"/>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="120"/>
        <source>Insatser</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="121"/>
        <source>från</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="122"/>
        <source>SIP version</source>
        <translation>SIP version</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="123"/>
        <source>hållen</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="124"/>
        <source>planerad</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="125"/>
        <source>frånvaro</source>
        <translation>absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="126"/>
        <source>beslut:</source>
        <translation>decision:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="127"/>
        <source>Ingen uppföljning ännu.</source>
        <translation>No follow-up yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="128"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="129"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="130"/>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="131"/>
        <source>Målvärde</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="132"/>
        <source>Till</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="133"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="134"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="135"/>
        <source>Giltig</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="136"/>
        <source>Ogiltig</source>
        <translation>Unexcused</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="137"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="138"/>
        <source>Aktualiserad av</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="141"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="142"/>
        <source>Boosterträff</source>
        <translation>Booster session</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="143"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="144"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="145"/>
        <source>Eleven är inte utskriven.</source>
        <translation>The student has not been discharged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="146"/>
        <source>Elevens berättelse</source>
        <translation>The student&apos;s account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="147"/>
        <source>Elevens mål</source>
        <translation>The student&apos;s goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="148"/>
        <source>Frånvaro då</source>
        <translation>Absence then</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="149"/>
        <source>Frånvaro nu</source>
        <translation>Absence now</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="150"/>
        <source>Frånvaro vid start</source>
        <translation>Absence at the start</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="151"/>
        <source>Frånvaro vid utskrivning</source>
        <translation>Absence at discharge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="152"/>
        <source>Gymnasiebehörig</source>
        <translation>Eligible for upper secondary</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="153"/>
        <source>Gäller</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="154"/>
        <source>Gäller inte</source>
        <translation>Does not cover</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="155"/>
        <source>Har samtyckt</source>
        <translation>Have consented</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="156"/>
        <source>Hållen</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="157"/>
        <source>Inga möten registrerade.</source>
        <translation>No meetings recorded.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="158"/>
        <source>Ingen handlingsplan ännu.</source>
        <translation>No action plan yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="159"/>
        <source>Ingen närvaro registrerad.</source>
        <translation>No attendance recorded.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="160"/>
        <source>Inget samtycke ännu.</source>
        <translation>No consent yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="161"/>
        <source>Inget ärende.</source>
        <translation>No case.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="162"/>
        <source>Insamlade handlingar</source>
        <translation>Documents gathered</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="164"/>
        <source>Kartläggningen är inte påbörjad.</source>
        <translation>The mapping has not started.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="165"/>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="166"/>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="167"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="168"/>
        <source>Påbörjad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="169"/>
        <source>Samtycken</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="170"/>
        <source>Skolans bild</source>
        <translation>The school&apos;s view</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="171"/>
        <source>Skolans kontaktperson</source>
        <translation>The school&apos;s contact</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="173"/>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="175"/>
        <source>Uppgifter</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="177"/>
        <source>Vårdnadshavare</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="178"/>
        <source>Vårdnadshavarnas berättelse</source>
        <translation>The guardians&apos; account</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="179"/>
        <source>Vårdnadshavarnas mål</source>
        <translation>The guardians&apos; goals</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="180"/>
        <source>Återkallat</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="181"/>
        <source>Inga uppgifter får lämnas ut.</source>
        <translation>No information may be disclosed.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="182"/>
        <source>Inget samtycke är registrerat.</source>
        <translation>No consent is registered.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="183"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="184"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="185"/>
        <source>Att meddela om återkallelsen:</source>
        <translation>To be told of the withdrawal:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="186"/>
        <source>födelsedatum delvis okänt</source>
        <translation>date of birth partly unknown</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="187"/>
        <location filename="../../sstdesk/ui/student_page.py" line="469"/>
        <source>Frånvaro</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="196"/>
        <source>Målen nådda</source>
        <translation>Goals met</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="197"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="198"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="199"/>
        <source>SIP aktiv</source>
        <translation>SIP active</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="200"/>
        <source>Orosanmälan gjord</source>
        <translation>Report of concern made</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="201"/>
        <source>Pausat</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="268"/>
        <source>Nytt mål…</source>
        <translation>New goal…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="274"/>
        <source>Boosterträff hållen…</source>
        <translation>Booster session held…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="284"/>
        <source>Ändra uppföljningsdatum…</source>
        <translation>Change follow-up dates…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="285"/>
        <source>Planera eller flytta boosterträff…</source>
        <translation>Plan or move the booster session…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="286"/>
        <source>SIP…</source>
        <translation>SIP…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="456"/>
        <source>Att göra för eleven</source>
        <translation>To do for the student</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="457"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="462"/>
        <location filename="../../sstdesk/ui/student_page.py" line="463"/>
        <source>Senaste anteckningarna</source>
        <translation>Latest notes</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="607"/>
        <source>Nästa steg: {0}</source>
        <translation>Next step: {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="628"/>
        <source>Eleven har inget ärende.</source>
        <translation>The student has no case.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="631"/>
        <source>Ärendet är pausat.</source>
        <translation>The case is paused.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="633"/>
        <source>Ärendet är avslutat.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="650"/>
        <source>Inget förfaller.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="663"/>
        <source>Inga anteckningar ännu.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="697"/>
        <source>Avsluta ärendet som ”{0}”? Ett avslutat ärende kan inte öppnas igen.</source>
        <translation>Close the case as “{0}”? A closed case cannot be opened again.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="701"/>
        <source>Ja, avsluta ärendet</source>
        <translation>Yes, close the case</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="702"/>
        <source>Gå tillbaka</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="188"/>
        <source>hela samtycket</source>
        <translation>the whole consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="189"/>
        <source>meddelat</source>
        <translation>told</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="190"/>
        <source>att meddela</source>
        <translation>to tell</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="191"/>
        <source>Svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="192"/>
        <source>Informerade om rätten att säga nej</source>
        <translation>Told of the right to say no</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="193"/>
        <source>Barnets inställning</source>
        <translation>The child&apos;s view</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="194"/>
        <source>Mognadsbedömning</source>
        <translation>Maturity assessment</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="195"/>
        <source>inte:</source>
        <translation>not:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="262"/>
        <source>Vårdnadshavare…</source>
        <translation>Guardian…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="263"/>
        <source>Samtycke…</source>
        <translation>Consent…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="264"/>
        <source>Återkalla samtycke…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="265"/>
        <source>Kartläggning…</source>
        <translation>Mapping…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="266"/>
        <source>Faktor…</source>
        <translation>Factor…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="267"/>
        <source>Handlingsplan…</source>
        <translation>Action plan…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="269"/>
        <source>Insats…</source>
        <translation>Intervention…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="270"/>
        <source>Möte…</source>
        <translation>Meeting…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="271"/>
        <source>Närvaro…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="272"/>
        <source>Uppföljning…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="273"/>
        <source>Avsluta ärendet (utskrivning)…</source>
        <translation>Close the case (discharge)…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="277"/>
        <source>Svar på samtycke…</source>
        <translation>Answer on a consent…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="278"/>
        <source>Skyddade personuppgifter…</source>
        <translation>Protected personal details…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="279"/>
        <source>Meddela om återkallelse…</source>
        <translation>Tell of a withdrawal…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="280"/>
        <source>Begäran om registerutdrag…</source>
        <translation>Request for a register extract…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="281"/>
        <source>Registerutdrag lämnat…</source>
        <translation>Register extract given…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="282"/>
        <source>Ändra elevuppgifter…</source>
        <translation>Edit student details…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="283"/>
        <source>Ändra mål…</source>
        <translation>Edit goal…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="296"/>
        <source>← Elevlistan</source>
        <translation>← Student list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="297"/>
        <source>Tillbaka till elevlistan</source>
        <translation>Back to the student list</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="306"/>
        <source>Visa skyddade uppgifter</source>
        <translation>Show protected details</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="308"/>
        <source>Visar skola och adresser för den här eleven. Det loggas.</source>
        <translation>Shows this student&apos;s school and addresses. This is logged.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="350"/>
        <source>Fler åtgärder</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="387"/>
        <location filename="../../sstdesk/ui/student_page.py" line="480"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="418"/>
        <source>Var ärendet står</source>
        <translation>Where the case stands</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="429"/>
        <source>Flytta ärendet till</source>
        <translation>Move the case to</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="432"/>
        <source>Anledning (krävs)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="435"/>
        <source>Flytta</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="437"/>
        <source>Flytta ärendet till:</source>
        <translation>Move the case to:</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="446"/>
        <source>Samtycken i korthet</source>
        <translation>Consents at a glance</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="332"/>
        <source>Nästa steg</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="140"/>
        <location filename="../../sstdesk/ui/student_page.py" line="433"/>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="313"/>
        <source>Dokument (Ctrl+P)</source>
        <translation>Documents (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="314"/>
        <source>Skriv ut ett dokument</source>
        <translation>Print a document</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="360"/>
        <source>Arbetar</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="373"/>
        <source>Varför steget inte gick</source>
        <translation>Why the move was refused</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="396"/>
        <location filename="../../sstdesk/ui/student_page.py" line="397"/>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="403"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/student_page.py" line="405"/>
        <location filename="../../sstdesk/ui/student_page.py" line="406"/>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="56"/>
        <source>Skola</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="57"/>
        <source>Elev</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="58"/>
        <source>Vårdnadshavare</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="59"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="60"/>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="61"/>
        <source>Samtyckets undertecknare</source>
        <translation>Consent signatory</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="62"/>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="63"/>
        <source>Kartläggning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="64"/>
        <source>Kartläggningsfaktor</source>
        <translation>Assessment factor</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="65"/>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="66"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="67"/>
        <source>Insats</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="68"/>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="69"/>
        <source>Journalanteckning</source>
        <translation>Journal note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="70"/>
        <source>Arbetsanteckning</source>
        <translation>Working note</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="71"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="72"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="284"/>
        <source>Uppgifterna i programmet på den här datorn är raderade.</source>
        <translation>The information in the program on this computer is deleted.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="301"/>
        <source>Teamkod (visas hos administratören när datorn har godkänts)</source>
        <translation>Team code (shown on the admin&apos;s screen once the laptop is approved)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="545"/>
        <source>Godkänd. Låt kollegan skriva in teamkoden {0} på sin dator, så tar den emot teamets nyckel.</source>
        <translation>Approved. Have your colleague type the team code {0} on their laptop, and it receives the team key.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="821"/>
        <source>Samma elev registrerad två gånger – slå ihop</source>
        <translation>The same student registered twice – merge</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="825"/>
        <source>Loggen från {0} har luckor</source>
        <translation>The audit log from {0} has gaps</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="830"/>
        <source>{0} ändringar från {1} kunde inte läsas</source>
        <translation>{0} changes from {1} could not be read</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="833"/>
        <source>Teamets datorer rapporterar {0} ändringar som inte kunde läsas</source>
        <translation>The team&apos;s laptops report {0} changes that could not be read</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="142"/>
        <location filename="../../sstdesk/ui/sync_view.py" line="238"/>
        <source>Inte ansluten till teamets server.</source>
        <translation>Not connected to the team&apos;s server.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="191"/>
        <source>{0} konflikter att lösa</source>
        <translation>{0} conflicts to settle</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="205"/>
        <source>Synkroniserar…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="369"/>
        <source>Teamet har fått en ny nyckel och en ny återställningskod (till exempel för att en dator har spärrats). Den gamla koden gäller inte längre.</source>
        <translation>The team has a new key and a new recovery code (for example because a laptop was revoked). The old code is no longer valid.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="423"/>
        <source>Byt teamnyckel</source>
        <translation>Replace the team key</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="424"/>
        <source>Teamet får en ny nyckel för allt som skrivs från och med nu, och en ny återställningskod att skriva ut. Spärrade datorer får inte den nya nyckeln. Byta nu?</source>
        <translation>The team gets a new key for everything written from now on, and a new recovery code to print. Revoked laptops do not get the new key. Replace it now?</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="439"/>
        <source>Bara teamets administratör kan byta teamnyckel.</source>
        <translation>Only the team admin can replace the team key.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="563"/>
        <source>{0} datorer väntar på godkännande</source>
        <translation>{0} computers waiting for approval</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="241"/>
        <source>Synkroniserat kl. {0}.</source>
        <translation>Synchronised at {0}.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="153"/>
        <source>Väntar på att bli godkänd av teamets administratör. Säkerhetskod att visa för administratören: {0}</source>
        <translation>Waiting for approval by the team admin. Safety code to show the admin: {0}</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="243"/>
        <source>{0} ändringar väntar.</source>
        <translation>{0} changes waiting.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="248"/>
        <source>{0} ändringar togs inte emot</source>
        <translation>{0} changes not accepted</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="269"/>
        <source>Offline – allt är sparat på datorn och skickas senare.</source>
        <translation>Offline – everything is kept on this computer and sent later.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="297"/>
        <source>Användarnamn på servern</source>
        <translation>User name on the server</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="298"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="308"/>
        <source>Teamets återställningskod (bara om ingen kollega kan godkänna)</source>
        <translation>The team&apos;s recovery code (only if no colleague can approve)</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="336"/>
        <source>Ansluten.</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="347"/>
        <source>Anslut till teamets server</source>
        <translation>Connect to the team&apos;s server</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="350"/>
        <source>Serverns adress och distriktets CA-certifikat står i Inställningar. Lösenordet sparas inte; datorn får en egen nyckel.</source>
        <translation>The server&apos;s address and the district&apos;s CA certificate are in Settings. The password is not stored; the computer gets a key of its own.</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="361"/>
        <source>Teamets återställningskod</source>
        <translation>The team&apos;s recovery code</translation>
    </message>
    <message>
        <location filename="../../sstdesk/ui/sync_view.py" line="362"/>
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
        <translation>Called</translation>
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
        <source>Skriv in eleven (kartläggning)</source>
        <translation>Enrol the student (assessment)</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="158"/>
        <source>Samtycket omfattar skolan.</source>
        <translation>The consent covers the school.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="159"/>
        <source>Påbörja kartläggning…</source>
        <translation>Start the assessment…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="160"/>
        <source>Kartläggningen är inte påbörjad.</source>
        <translation>The assessment has not started.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="161"/>
        <source>Gå vidare till planering</source>
        <translation>Go on to planning</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="162"/>
        <source>Kartläggningen är påbörjad.</source>
        <translation>The assessment has started.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="163"/>
        <source>Handlingsplan…</source>
        <translation>Action plan…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="164"/>
        <source>Handlingsplanen ska fastställas innan genomförandet börjar.</source>
        <translation>The action plan is to be established before the interventions begin.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="165"/>
        <source>Insats…</source>
        <translation>Intervention…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="166"/>
        <source>Handlingsplanen behöver minst ett mål och en insats.</source>
        <translation>The action plan needs at least one goal and one intervention.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="167"/>
        <source>Börja genomförandet</source>
        <translation>Start the interventions</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="168"/>
        <source>Handlingsplanen är fastställd.</source>
        <translation>The action plan is established.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="169"/>
        <source>Gå vidare till uppföljning</source>
        <translation>Go on to follow-up</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="170"/>
        <source>Insatserna pågår. När det är dags att följa upp planen går ärendet vidare.</source>
        <translation>The interventions are under way. When it is time to follow up the plan, the case goes on.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="171"/>
        <source>Registrera uppföljning…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="172"/>
        <source>Minst en uppföljning görs innan eleven skrivs ut.</source>
        <translation>At least one follow-up is made before the student is discharged.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="173"/>
        <source>Avsluta ärendet (utskrivning)…</source>
        <translation>Close the case (discharge)…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="174"/>
        <source>Uppföljningen är gjord. Fortsätter insatserna, flytta ärendet tillbaka till genomförande.</source>
        <translation>The follow-up is done. If the interventions go on, move the case back to interventions.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="175"/>
        <source>Boosterträff hållen…</source>
        <translation>Booster session held…</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="176"/>
        <source>Eleven är utskriven; boosterträffen återstår.</source>
        <translation>The student is discharged; the booster session remains.</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="177"/>
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../../build/labels_tr.py" line="178"/>
        <source>Boosterträffen är hållen.</source>
        <translation>The booster session is held.</translation>
    </message>
</context>
</TS>
