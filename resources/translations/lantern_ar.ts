<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>The server answered for another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick PIN sign-in is off on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a server first (the Server tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo server is running. Start Lantern with “{command}” to get one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>Starting the local demo server… (the first start builds its database, which takes a little while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server did not start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to open your courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in the demo learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo learner could not sign in: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests are not on the leaderboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re off the leaderboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re back on the leaderboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re offline — change this when you&apos;re back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN saved. After you sign out, it opens your courses on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN removed. Your password opens your courses after you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was not removed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re offline — connect to see which answers were right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out did not finish: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses, instructors, topics…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses match. Try fewer words or another category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln course(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellsModel</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best or the last attempt, as the lesson counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} of {top} ({percent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} (and {more} not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Class of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the class to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the class was synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons of the selected learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a learner to see their lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“Needs help” means: an assessed quiz failed at least {failed} and not passed, or no study in this course for %Ln day(s) or more (counted from enrolling for a learner who has not started) while the course is not completed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No class on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course you teach is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As of {date} {time} · %Ln learner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s) left the course.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{course} — class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet — the class appears after the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learners of this course appear here after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners in this course yet. Learners who enroll appear here after a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons of a learner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseCardDelegate</name>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <source>Course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you think of this course? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this course&apos;s downloaded lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this course&apos;s lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {instructor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln lesson(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>completed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue: {lesson}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update download ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download for offline ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download stalled at {percent} — nothing has arrived for {seconds} s. It goes on by itself when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave “{course}”? It leaves My courses; your progress is kept and comes back if you enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{lesson}” opens once you complete {prerequisites}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{lesson}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one to five stars first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>My courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badges earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study time, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{earned} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have left the leaderboard. You can rejoin in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {when} (saved for offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaderboard appears after your first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses in progress — pick one in the Catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{course} progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue {course}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {course}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge {badge}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServerProcess</name>
    <message>
        <source>the demo server stopped: {output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo server did not start within {seconds} s; see {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo server listed no demo learner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadChoiceDialog</name>
    <message>
        <source>Download for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{course}”: every lesson&apos;s text and quizzes come in any case. Choose which pictures and media to keep on this computer too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything ({size} of pictures and media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text only: no pictures or media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the pictures and media of the lessons ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons whose pictures and media to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {lesson} — {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and media to download: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and media to download: up to {size}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesBoard</name>
    <message>
        <source>Downloading files: {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloading files of %Ln course(s): {progress}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesRow</name>
    <message>
        <source>Course files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop downloading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files paused: {size} still to fetch. The lessons&apos; text is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: {size} still to fetch; they arrive when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop downloading files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop downloading this course&apos;s video, sound and pictures? The lessons&apos; text stays, and so do the files already here; a file cut off mid-way is deleted. Download the course again to fetch them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rank {rank}, {name}, %Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerShell</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the class (%Ln row(s)) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the class to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the class to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not connected in this window; your work is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <extracomment>what the learners&apos; columns sort by (numbers and folded names, not their words) rows a table shows before it scrolls (the page scrolls as a whole around them) rows past those in view whose words size the columns (QHeaderView.resizeContentsPrecision) a learner&apos;s sort keys, by column: folded name, lessons, progress, time, last active, points, help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not started, enrolled %Ln day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inactive for %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a learner needs help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed “{quiz}” {times}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is damaged
{file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not downloaded yet
{file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonHits</name>
    <message>
        <source>Found in downloaded lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloaded lesson of this course mentions “{words}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found in downloaded lessons: %Ln section(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {snippet}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonListModel</name>
    <message>
        <source>{number}. {lesson}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonRowDelegate</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete {lessons} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>›</source>
        <comment>breadcrumb: course › lesson</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <comment>breadcrumb: course › lesson</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — reading and answers here are not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark section read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {course}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the course {course}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title} ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete this lesson first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson complete. Next, try its quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson complete. Next: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course complete: you finished every lesson of {course}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson complete. The course lists what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson could not be read:

{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}, {mark} read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this lesson: {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this lesson: {duration}  ·  paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most often missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Missed in {missed} of %Ln attempt(s): {question}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesson} — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}  ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Captions</source>
        <extracomment>how often progress is saved while playing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not downloaded yet: download the course first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video and sound cannot play on this computer: Qt Multimedia could not load ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be played ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingLibraries</name>
    <message numerus="yes">
        <source>Lantern cannot open its window: the system librar[y|ies] {names} that Qt needs to draw on X11 [is|are] missing.
On Debian or Ubuntu, install with:
    {command}
(On other systems, install the package that provides [it|them].)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>{title}. {message}. {when}, read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}. {message}. {when}, unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new. Badges, graded quizzes and finished courses show up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <source>Reset your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the email address of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If {email} has an account, a {length}-digit code is on its way; it works for an hour. Type it here with your new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the {length}-digit code from the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>Previous page</source>
        <extracomment>what the page worker reports instead of an error&apos;s own text (``PdfView.problem_text``) the most pixels a page is drawn with, whatever its size in the file says</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not downloaded yet: download the course first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zoom} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF could not be shown ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <source>Save my work to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internet here for a while? Save the waiting changes to a file (a USB stick) and deliver it from a Lantern that is online; they are applied once, as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting — everything you did is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing waiting. %Ln could not be accepted by the server; the reason is shown next to each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to sync. Your work is saved on this computer and is sent the next time you are online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be accepted by the server; the reason is shown next to each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{waiting} {refused}</source>
        <comment>two sentences of the summary, in this order</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewFlow</name>
    <message>
        <source>Preview a course package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your instructor account to publish (File → Switch learner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown in the preview first:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview — {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons in this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>{number}. {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>◐ Partly right: {earned} of %Ln point(s). Correct answers: {answers}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Not quite. Correct answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>◐ Partly right: {earned} of %Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers} or {answer}</source>
        <comment>accepted short answers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers}; {answer}</source>
        <comment>the correct options of a question</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>&amp;Submit answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which answers were &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are graded by the school&apos;s server. You&apos;ll see your grade after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice quiz: you&apos;ll see your grade and the correct answers as soon as you submit. {pass_mark} passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted — will be graded when you&apos;re online. Your answers are saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next lesson: {title} →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course complete — back to the &amp;course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question {number} right ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question {number} not right ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your graded attempt: {questions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no answers of yours for these questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdicts}, {verdict}</source>
        <comment>the verdicts of a graded attempt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the server, not counted: the quiz changed since you took it; take it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded by the server: over the attempt limit, not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded: {result}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedWorkFlow</name>
    <message numerus="yes">
        <source>Saved %Ln change(s) to {path}. [It stays|They stay] waiting here until the server has [it|them]; deliver the file from a Lantern that is online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Guest work stays on this computer and is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work cannot be saved to a file yet: this computer has not been online since you signed in here. Connect once and sync, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: there is no work to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your work to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver saved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to deliver saved work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to work offline: switch it off (File ▸ Work offline) to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering saved work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work of {who} not delivered: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied, {already} already on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied, {refused} refused by the server (first: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied, {already} already on the server, {refused} refused by the server (first: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not know the computer that saved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that computer already sent other work; it keeps this work and sends it itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier work from the same computer is missing; deliver that file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not saved Lantern work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved by a newer Lantern; update this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed after it was saved; nothing in it was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved for another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} The files are kept: deliver them again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my work to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Lantern work (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Quiz scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln [quiz|quizzes]; latest {score}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No quiz scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quizzes taken yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear this learner&apos;s data on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the &amp;leaderboard (others won&apos;t see my name or points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard setting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also Ctrl+= and Ctrl+− anywhere, Ctrl+0 for 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern shows the new language when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest (work stays on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN opens your courses on this computer after you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN to open your courses on this computer without your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their PIN or password is needed to open their courses here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their password is needed to open their courses here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign {name} out of Lantern on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}&apos;s downloaded courses and progress from this computer? What is already on the server is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Careful: %Ln change(s) [hasn&apos;t|haven&apos;t] reached the server yet and would be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Welcome to Lantern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my P&amp;IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sc&amp;hool&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: &amp;type the server address and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study as a &amp;guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup code or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>optional: {low} to {high} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your school&apos;s setup code or &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lantern1.… or lantern://setup?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} ({username}) — signed out — %Ln unsynced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({username}) — signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} ({username}) — %Ln unsynced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({username})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet — sign in or create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} signed out on this computer. Type the PIN to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} signed out on this computer. Type the password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your school&apos;s server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This learner signed out; type their password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your email and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits; leave it empty to keep none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a username of at least %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in every field to create an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the sample course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup code for {address}. Press Check and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the setup code or link your school gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {address}. Now sign in or create an account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <source>Your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stars} of {most} stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating: {rating}. Arrow keys or 1–5 change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageView</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the downloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course is downloaded to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded course(s) [uses|use] {total} of this computer; {free} free on its disk.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lessons {lessons}, pictures and files {files} (%Ln file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the download of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the download of “{title}” from this computer? It gives back {size}. Your progress, time and quiz attempts stay; download the course again to read it offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyTimeChart</name>
    <message>
        <source>Study minutes per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} over {days}; studied on {active}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>the first and last days under the study chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes}m</source>
        <comment>the study chart&apos;s top, in minutes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or create an account to keep your progress on the school&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your work and fetch what changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the network; your work is saved and syncs later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready for offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download every enrolled course and send all waiting work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my &amp;work to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the changes waiting to be sent in a file another Lantern can deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver saved work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send work saved on other computers to the server with your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign o&amp;ut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview course package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a course package folder as learners will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attempts</name>
    <message>
        <source>{when} — submitted, waiting for the server&apos;s grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {score}/{max_score} ({percent}), passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {score}/{max_score} ({percent}), not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{attempt} · server&apos;s grade: {score}/{max_score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — the quiz changed since you took it; not counted (take it as it is now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — over the attempt limit, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{score} of %Ln point(s) ({percent}). Not passed yet — {pass_mark} passes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{score} of %Ln point(s) ({percent}). Passed ✓</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{grade} — you earn %Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One attempt only; it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to %Ln attempt(s); your last counts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %Ln attempt(s); your best counts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You passed this quiz; another attempt would not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have used all %Ln attempt(s); another attempt would not count.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have used {used} of {max_attempts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>This lesson links to:

{address}

Open it in your e-mail program?</source>
        <extracomment>maps an image reference in a lesson (&quot;images/loop.png&quot;) to a cached file, or None</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson links to:

{address}

Open it in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>class_page</name>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Lantern: study courses offline and sync your progress when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>the separator between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.account</name>
    <message>
        <source>sign a learner in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign a learner out (their work is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name} &lt;{email}&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is kept in {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet synced [is|are] kept on this computer and will be sent when this learner signs in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.check</name>
    <message>
        <source>check a course package (a folder or a zip) and summarise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course package to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in {package}; nothing was imported or published.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <comment>the heading of the lessons&apos; column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <comment>the heading of the lessons&apos; minutes column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiz</source>
        <comment>the heading of the lessons&apos; quiz column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id {id} · slug {slug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lessons}, {questions}, {files}, {achievements}, {size} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln achievement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beginner</source>
        <comment>a course&apos;s difficulty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <comment>a course&apos;s difficulty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advanced</source>
        <comment>a course&apos;s difficulty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <comment>a quiz&apos;s mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed</source>
        <comment>a quiz&apos;s mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premium, {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <comment>a course&apos;s price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sound(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mode}, %Ln question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>a lesson without a quiz</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(free preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.class</name>
    <message>
        <source>a course you teach: its learners, lessons and who needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course id or (part of) its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the class to FILE as a spreadsheet (CSV, one row per learner and lesson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the class of “{title}” ({learners}, {rows}) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You teach no course on this computer: nobody has signed in here yet; sign in as the course&apos;s instructor (lantern login --email …) and run lantern sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ({email}) teach no course on this computer; sign in as the course&apos;s instructor and run lantern sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You teach no course matching “{wanted}” on this computer; yours here: {courses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{wanted}” matches several courses you teach: {courses}; give more of the title, or the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the class to {path}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder; name a file in it, such as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — as of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — not synced yet (run lantern sync to fetch the class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner is enrolled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s) left the course (not listed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <comment>a column of the class table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <comment>a column of the class table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>a column of the class table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <comment>a column of the class table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <comment>a column of the class table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <comment>a column of the class table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help</source>
        <comment>a column of the class table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>last active</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not started, enrolled %Ln day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inactive for %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>failed “{lesson}” once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed “{lesson}” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>failed “{lesson}” %Ln time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{lesson}: completed by {completed} of {learners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quiz} not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quiz} attempted by {attempted}, passed by {passed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quiz} attempted by {attempted}, passed by {passed}, average score {score}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>most often missed: a question not on this computer ({missed} of %Ln attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most often missed: “{question}” ({missed} of %Ln attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>the separator between the parts of a line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>Lantern cannot use its data folder: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern cannot use {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern cannot use its data: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where Lantern keeps its data (default: the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Supabase project URL (default: $SUPABASE_URL or the saved settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s anon key (default: $SUPABASE_ANON_KEY or the saved settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which learner on this computer (default: the last one used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is set up: pass --url and --anon-key, or set SUPABASE_URL and SUPABASE_ANON_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} signed out on this computer; sign in again first (lantern login --email {email}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This learner signed out on this computer; sign in again first (lantern login --email …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {reason}. The damaged file was moved to {path}; your data will be fetched again from the server at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} has not signed in on this computer (lantern login --email …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed in on this computer yet (lantern login --email …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.gui</name>
    <message>
        <source>open the Lantern window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a school&apos;s setup code or lantern:// link, checked and saved in the first window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open Lantern against a local devserver with demo content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the window after this many seconds (for scripted checks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.import</name>
    <message>
        <source>import a course package (a folder or a zip) for offline study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner whose store receives it (default: the guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern&apos;s data folder (default: the usual place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: fix the %Ln problem(s) above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the local store: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the local database was damaged ({reason}); it was moved to {path} and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{title}” for {who}: {lessons}, {questions}, {files} (pictures, video, sound, PDF); {removed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{title}” for {who}: {lessons}, {questions}, {files} (pictures, video, sound, PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln old lesson(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.publish</name>
    <message>
        <source>publish a course package (a folder or a zip) to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instructor&apos;s email (default: $LANTERN_EMAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Supabase project URL (default: $SUPABASE_URL or the saved server settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s anon key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload everything but leave the course unpublished (or take a published course off the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not list each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was published: fix the %Ln problem(s) above (lantern check shows them too).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No server is set up: pass --url and --anon-key, or set SUPABASE_URL and SUPABASE_ANON_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the instructor&apos;s email with --email (or LANTERN_EMAIL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not start a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.saved_work</name>
    <message>
        <source>Guest work stays on this computer and is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has not been online since {name} signed in here, so the server could not check a file saved now; connect once and run lantern sync, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no changes waiting to be sent: there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not saved Lantern work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved by a newer Lantern; update this one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not know the computer that saved it (it was saved before that computer&apos;s first sync, or for a server restored since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed after it was saved, or not saved by that learner&apos;s Lantern; nothing in it was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved for another server than this computer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner&apos;s computer sent other work under the same numbers; that computer keeps this work and sends it itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier work from the same computer has not arrived yet: deliver the earlier file first, then this one again (it is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are kept: give them again when this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are kept: give them again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (lantern login --email …), then give the files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not yet delivered are kept: give them again; nothing is applied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save waiting work to a file another Lantern can deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file (a folder with --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every learner on this computer, signed-out ones too: a file each in the folder --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send saved work from other computers to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner on this computer has changes waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln change(s) of {name} to {path}; deliver it with lantern deliver on a connected Lantern of the same school.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not delivered: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work of {name} not delivered: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} already on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work of {name} delivered ({parts}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.selftest</name>
    <message>
        <source>start offscreen on a temporary profile, study the sample course as a guest, check that progress and a quiz attempt are saved, and exit (0 = it works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the temporary data folder for inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the result to FILE (the Windows app has no console)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.setup</name>
    <message>
        <source>connect this computer to a school&apos;s server with its setup code or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setup code or lantern:// link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where Lantern keeps its data (default: the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the setup code and link a school gives its learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Supabase project URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s public (anon) key, never the service_role key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer now uses {url}. Sign in with lantern login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup code (learners paste it in Lantern&apos;s Server tab):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup link (opens Lantern where the lantern:// scheme is registered):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>send waiting work and fetch updates now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when offline or the server is unavailable, keep retrying with back-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --until-done: give up after S seconds (default {seconds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is waiting to sync, and when it last did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every learner on this computer, not only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download a course for offline study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course id or (part of) its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout must be between 0 and 86400 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Your work is saved and will sync when you reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Your work is saved; try again later (or use --until-done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} (lantern login --email …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Trying again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: sent {sent}, {refused} refused by the server; received {received} in {requests}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: sent {sent}; received {received} in {requests}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server had lost %Ln change(s) it had already accepted (restored from a backup?); [it was|they were] sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) the server lost [is|are] no longer on this computer and could not be sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has signed in on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) still waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some learners signed out before Lantern counted their unsent work; sign them in once to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is sent: this computer can be handed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} on {server}: signed out on this computer, unknown number of changes waiting (lantern login --email {email})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{email} on {server}: signed out on this computer, %Ln change(s) waiting (lantern login --email {email})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <comment>the last sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync: {when} (last error: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} on {server}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: {waiting}, refused: {refused}, sent: {sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <comment>a learner&apos;s sync state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <comment>a learner&apos;s sync state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <comment>a learner&apos;s sync state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs sign in</source>
        <comment>a learner&apos;s sync state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>a learner&apos;s sync state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course matches “{wanted}”; run lantern sync first to fetch the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{wanted}” matches several courses: {courses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files: {done} of {total}, {rate}/s, about {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download stopped. What arrived is kept; run the same command to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline: {items}, {images} downloaded ({cached} already here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) [is|are] missing on the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>code_blocks</name>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>delegate</name>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Enrol in the course first (the Enrol button at the top of the course).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz isn&apos;t on this computer yet — download the course, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t on this computer yet. Sync or download the course, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern couldn&apos;t save to this computer&apos;s disk. Check there is free space; nothing you saved earlier is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This learner signed out on this computer: their password or PIN opens their courses again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re offline — your work is saved and will sync when you reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again to sync. Your work is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That email and password don&apos;t match an account on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That didn&apos;t work: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Find a course: type, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected course or lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit a quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Find a course&lt;/b&gt; in the Catalogue and open it; &lt;b&gt;Enrol&lt;/b&gt; to keep your progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Download for offline&lt;/b&gt; before you lose the internet: lessons, images and practice quizzes stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt; or &lt;b&gt;Continue&lt;/b&gt; takes you to your next lesson; mark sections read, then &lt;b&gt;Complete lesson&lt;/b&gt;, and the page shows the way on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you do is saved on this computer first. It is sent to your school&apos;s server when you are online — the status bar says when, and &lt;b&gt;Pending changes&lt;/b&gt; lists what is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared computer, &lt;b&gt;Sign out&lt;/b&gt; (File menu) so the next learner cannot open your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study courses with or without internet. Your work is saved on this computer and synced to your school&apos;s server when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source, under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{number}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>learner_shell</name>
    <message>
        <source>This download&apos;s size is not known yet; this computer has {free} free, which would leave too little for the computer itself. Settings › Storage shows what each downloaded course takes and can remove one. Download anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This download needs about {needed}; this computer has {free} free, which would leave too little for the computer itself. Settings › Storage shows what each downloaded course takes and can remove one. Download anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson_list</name>
    <message>
        <source>locked until you complete {lessons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson {number}: {title}, {length}, {state}{quiz}{files}</source>
        <extracomment>A lesson row&apos;s description for screen readers and its tooltip. {quiz} is &quot;, has a quiz&quot; or nothing; {files} is &quot;, &quot; and what its pictures and media take, or nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, has a quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures and media ({size}) not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} of pictures and media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>math_images</name>
    <message>
        <source>formula</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>media_cards</name>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watched {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {facts} · not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Downloading {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; you completed it on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; you completed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; you are enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated {rating} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} by {instructor}; {difficulty}, {hours} h; {rating}; {learners}{premium}; {state}{mine}</source>
        <extracomment>A course card&apos;s description for screen readers and its tooltip. {premium} is &quot;, premium&quot; or nothing; {mine} is &quot;; you are enrolled&quot;, &quot;; you completed it on …&quot; or nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, premium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pending</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <source>choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose all that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All correct options needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reads</name>
    <message>
        <source>an earlier lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is not on this computer yet. Download the course for offline use, or connect to the internet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message numerus="yes">
        <source>%Ln change(s) [hasn&apos;t|haven&apos;t] reached the server yet. They stay on this computer for {name} and are sent the next time they sign in and go online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Try again in {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN is set for {name} on this computer. Use the password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern can&apos;t check {name}&apos;s password offline on this computer yet. Connect to the internet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <source>Working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server can&apos;t be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest: your work stays on this computer and is never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo server stopped — close Lantern and start the demo again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{syncing} — waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date · synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to sync your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{reason} — retrying in %Ln s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status} · %Ln change(s) saved on this computer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Your work is saved and will sync when you reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting. Your work is saved and will sync when you reconnect.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please sign in again to sync. Your work is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date (never synced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date (last sync {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timefmt</name>
    <message>
        <source>dd MMM HH:mm</source>
        <extracomment>A Qt date-time format (QDateTime::toString): day, short month name, 24-hour time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>A Qt date format (QDate::toString): day and short month name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>A Qt time format (QTime::toString): hours and minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A Qt date format (QDate::toString): day, short month name, year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transfer_rate</name>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Quiz: {lesson}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_first</name>
    <message>
        <source>Opening your courses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your courses could not be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>No learners yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is ready to go offline: every enrolled course is downloaded and all your work is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not downloaded yet: {courses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures and media still arriving for: {courses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {size} of pictures and media to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) still waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two reasons in &quot;Not ready to go offline yet — reason; reason.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to go offline yet — {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
