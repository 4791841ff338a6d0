BEGIN TRANSACTION;
CREATE TABLE attempts (
	id INTEGER NOT NULL, 
	quiz_id INTEGER NOT NULL, 
	student_id INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	submitted_at DATETIME, 
	score INTEGER, 
	total INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(quiz_id) REFERENCES quizzes (id), 
	FOREIGN KEY(student_id) REFERENCES users (id)
);
INSERT INTO "attempts" VALUES(1,1,2,'2026-11-20 09:00:00.000000','2026-11-20 09:10:00.000000',1,2);
CREATE TABLE documents (
	id INTEGER NOT NULL, 
	owner_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	text TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(owner_id) REFERENCES users (id)
);
INSERT INTO "documents" VALUES(1,1,'bbc-2022-02-04-ukraine.txt',' date 2022-02-04 BBC General

(credit: Getty Images)

President Joe Biden plans to send more US troops to Europe this week amid continuing fears of a Russian invasion of Ukraine, the White House said.

About 2,000 troops from Fort Bragg, North Carolina, will be deployed to Poland and Germany. Another 1,000 who are already in Germany will go to Romania.

His deployment adds to the 8,500 troops the Pentagon put on alert last month to be ready to deploy to Europe if necessary.

Moscow denies plans for an offensive but has deployed around 100,000 troops near the Ukrainian border.

The Vladimir Putin government is fiercely opposed to Ukraine’s membership in NATO, a military alliance formed in 1949 by 12 countries including the US, Canada, UK and France.

The new crisis comes eight years after Russia annexed Ukraine’s Crimea peninsula and supported a separatist rebellion in the eastern Donbas region that has left 14,000 people dead since 2014.

Russia accuses the Ukrainian government of failing to implement an international agreement to restore peace in the country’s east – where Russian-backed groups control swathes of territory.

President Jair Bolsonaro is expected to meet Putin in the second week of February, during a visit that the Brazilian will make to Moscow.

Biden recently warned of a “possibility” that Russia will invade Ukraine in February and, in doing so, “change the world”. UK Prime Minister Boris Johnson invoked the horrors of Chechnya and Bosnia.

Ukrainian Foreign Minister Dmytro Kuleba said Russia had not yet gathered enough forces to mount a full-scale invasion and that diplomacy was helping to avert the threat of a Russian attack.

Russian President Vladimir Putin is expected to speak with Boris Johnson by phone this Wednesday (02/02). Earlier, on a visit to Ukraine, Johnson accused Russia of putting a “gun to Ukraine’s head”.

According to Washington, the US troops being sent will not fight in Ukraine, but will ensure the defense of US allies.

“It is important that we send a strong message to Putin and the world that NATO is important to the United States and our allies,” Pentagon spokesman John Kirby told reporters.

Spanish newspaper El País says the US and NATO last week sent Russia a confidential offer of talks on nuclear weapons reduction and confidence-building measures in exchange for reducing tensions over Ukraine.

A NATO official told the BBC that the alliance never commented on alleged leaks. President Putin’s spokesman Dmitry Peskov said Moscow was aware of the report but declined to comment, according to the AFP news agency.

Putin has accused the US of trying to lure his country into a war in Ukraine.

He said the US aim is to use confrontation as a pretext to impose more sanctions on Russia.

“It seems that the United States is not so concerned about Ukraine’s security… but its main task is to contain Russia’s progress. In that sense, Ukraine itself is just a tool to achieve that goal.”

The rivalry between Russia and the US, which still has the world’s largest nuclear arsenals, dates back to the Cold War (1947-1989). Ukraine was at the time a crucial part of the communist Soviet Union, the second most important republic in the bloc.

Putin said the US ignored Moscow’s concerns about its response to Russian demands. The country wants a formal commitment that NATO expansion will not go Russia’s way.

He suggested that Ukraine’s accession to the military bloc could drag the other members into a war with Russia.

“Imagine that Ukraine is a member of NATO and a military operation [para recuperar a Crimeia] begins”, says the Russian leader. “Are we going to fight with NATO? Has anyone ever thought about this? It seems not.”

','2026-11-26 04:54:11.437518');
CREATE TABLE options (
	id INTEGER NOT NULL, 
	question_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	is_key BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(question_id) REFERENCES questions (id)
);
INSERT INTO "options" VALUES(1,1,0,'1944',0);
INSERT INTO "options" VALUES(2,1,1,'1947',0);
INSERT INTO "options" VALUES(3,1,2,'1949',1);
INSERT INTO "options" VALUES(4,1,3,'1954',0);
INSERT INTO "options" VALUES(5,2,0,'50,000',0);
INSERT INTO "options" VALUES(6,2,1,'100,000',1);
INSERT INTO "options" VALUES(7,2,2,'150,000',0);
INSERT INTO "options" VALUES(8,2,3,'200,000',0);
INSERT INTO "options" VALUES(9,3,0,'2,000',1);
INSERT INTO "options" VALUES(10,3,1,'3,000',0);
INSERT INTO "options" VALUES(11,3,2,'4,000',0);
INSERT INTO "options" VALUES(12,3,3,'6,000',0);
CREATE TABLE questions (
	id INTEGER NOT NULL, 
	quiz_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	stem TEXT NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	source_sentence TEXT NOT NULL, 
	source_start INTEGER, 
	source_end INTEGER, 
	score DOUBLE, 
	flags_json TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(quiz_id) REFERENCES quizzes (id)
);
INSERT INTO "questions" VALUES(1,1,0,'NATO was formed in ____ by 12 countries including the US, Canada, UK and France.','year','The Vladimir Putin government is fiercely opposed to Ukraine''s membership in NATO, a military alliance formed in 1949 by 12 countries including the US, Canada, UK and France.',584,758,0.578,'["cloze"]');
INSERT INTO "questions" VALUES(2,1,1,'Moscow denies plans for an offensive but has deployed around ____ troops near the Ukrainian border.','count','Moscow denies plans for an offensive but has deployed around 100,000 troops near the Ukrainian border.',480,582,0.422,'["cloze"]');
INSERT INTO "questions" VALUES(3,1,2,'About ____ troops from Fort Bragg, North Carolina, will be deployed to Poland and Germany.','count','About 2,000 troops from Fort Bragg, North Carolina, will be deployed to Poland and Germany.',202,293,0.373,'["cloze"]');
CREATE TABLE quizzes (
	id INTEGER NOT NULL, 
	owner_id INTEGER NOT NULL, 
	document_id INTEGER, 
	title VARCHAR(200) NOT NULL, 
	choices INTEGER NOT NULL, 
	published_at DATETIME, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(owner_id) REFERENCES users (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id)
);
INSERT INTO "quizzes" VALUES(1,1,1,'Demo: President Joe Biden plans to send more US…',4,'2026-11-26 04:54:11.436170','2026-11-26 04:54:11.438191');
CREATE TABLE responses (
	id INTEGER NOT NULL, 
	attempt_id INTEGER NOT NULL, 
	question_id INTEGER, 
	position INTEGER NOT NULL, 
	stem TEXT NOT NULL, 
	options_json TEXT NOT NULL, 
	key_index INTEGER NOT NULL, 
	chosen_index INTEGER, 
	source_sentence TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(attempt_id) REFERENCES attempts (id), 
	FOREIGN KEY(question_id) REFERENCES questions (id) ON DELETE SET NULL
);
INSERT INTO "responses" VALUES(1,1,1,0,'NATO was formed in ____ by 12 countries including the US, Canada, UK and France.','["1944", "1947", "1949", "1954"]',2,2,'The Vladimir Putin government is fiercely opposed to Ukraine''s membership in NATO, a military alliance formed in 1949 by 12 countries including the US, Canada, UK and France.');
INSERT INTO "responses" VALUES(2,1,2,1,'Moscow denies plans for an offensive but has deployed around ____ troops near the Ukrainian border.','["50,000", "100,000", "150,000", "200,000"]',1,2,'Moscow denies plans for an offensive but has deployed around 100,000 troops near the Ukrainian border.');
CREATE TABLE users (
	id INTEGER NOT NULL, 
	username VARCHAR(40) NOT NULL, 
	password_hash VARCHAR(255) NOT NULL, 
	role VARCHAR(10) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (username)
);
INSERT INTO "users" VALUES(1,'demo-teacher','scrypt:32768:8:1$AmFM3IsHX9VhatVz$e8ca413010d72189ae8653ad23db94523bf47ed2ee69b60897c356db6e95d531ee50ff774bc96e7311b1085b1cab8e79edb0493887a95a9193e41f79ac717bbd','teacher','2026-11-26 04:54:10.244069');
INSERT INTO "users" VALUES(2,'ada','scrypt:32768:8:1$busxDrONwcB7mkd6$dc4d25ac0d1b759b462e08c4adb2430179f87d7ea3d9ea89c9e1426775c729da5b3e8d3d6f76ed6019e9082754ff58c8990ee0f0d18b97d70486db7e7a9475d2','student','2026-11-26 04:54:11.557159');
COMMIT;
