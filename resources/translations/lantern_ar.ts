<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>Starting the local demo server… (the first start builds its database, which takes a little while)</source>
        <translation>جارٍ تشغيل الخادم التجريبي المحلي… (في التشغيل الأول تُبنى قاعدة بياناته، وهذا يستغرق بعض الوقت)</translation>
    </message>
    <message>
        <source>The demo server did not start: {reason}</source>
        <translation>لم يبدأ الخادم التجريبي: {reason}</translation>
    </message>
    <message>
        <source>Sign in to open your courses.</source>
        <translation>سجّل الدخول لفتح دوراتك.</translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation>الخادم: {address}</translation>
    </message>
    <message>
        <source>Signing in the demo learner…</source>
        <translation>جارٍ تسجيل دخول المتعلّم التجريبي…</translation>
    </message>
    <message>
        <source>The demo learner could not sign in: {problem}</source>
        <translation>تعذّر تسجيل دخول المتعلّم التجريبي: {problem}</translation>
    </message>
    <message>
        <source>Lantern — {name}</source>
        <translation>Lantern — {name}</translation>
    </message>
    <message>
        <source>Guests are not on the leaderboard.</source>
        <translation>الضيوف لا يظهرون في لوحة المتصدّرين.</translation>
    </message>
    <message>
        <source>You&apos;re off the leaderboard.</source>
        <translation>لم تعد تظهر في لوحة المتصدّرين.</translation>
    </message>
    <message>
        <source>You&apos;re back on the leaderboard.</source>
        <translation>عدت إلى الظهور في لوحة المتصدّرين.</translation>
    </message>
    <message>
        <source>You&apos;re offline — change this when you&apos;re back online.</source>
        <translation>أنت دون اتصال — غيّر هذا الإعداد عندما تعود متصلًا.</translation>
    </message>
    <message>
        <source>PIN saved. After you sign out, it opens your courses on this computer.</source>
        <translation>حُفظ رمز PIN. بعد تسجيل خروجك، يفتح دوراتك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The PIN was not saved: {problem}</source>
        <translation>لم يُحفظ رمز PIN: {problem}</translation>
    </message>
    <message>
        <source>PIN removed. Your password opens your courses after you sign out.</source>
        <translation>أُزيل رمز PIN. تفتح كلمة مرورك دوراتك بعد تسجيل خروجك.</translation>
    </message>
    <message>
        <source>The PIN was not removed: {problem}</source>
        <translation>لم يُزل رمز PIN: {problem}</translation>
    </message>
    <message>
        <source>You&apos;re offline — connect to see which answers were right.</source>
        <translation>أنت دون اتصال — اتصل لترى الإجابات الصحيحة.</translation>
    </message>
    <message>
        <source>Signing out did not finish: {problem}</source>
        <translation>لم يكتمل تسجيل الخروج: {problem}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Catalogue</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Search courses, instructors, topics…  (Ctrl+F)</source>
        <translation>البحث في الدورات والمدرّبين والمواضيع…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>البحث في الدورات</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>مستوى الصعوبة</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>أي مستوى</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>No courses match. Try fewer words or another category.</source>
        <translation>لا توجد دورات مطابقة. جرّب كلمات أقل أو فئة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln course(s)</source>
        <translation>
            <numerusform>%Ln دورة</numerusform>
            <numerusform>دورة واحدة</numerusform>
            <numerusform>دورتان</numerusform>
            <numerusform>%Ln دورات</numerusform>
            <numerusform>%Ln دورة</numerusform>
            <numerusform>%Ln دورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open course</source>
        <translation>فتح الدورة</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>تنزيل للاستخدام دون اتصال</translation>
    </message>
</context>
<context>
    <name>CellsModel</name>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإكمال</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>الوقت المستغرق</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>آخر فتح</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>محاولات الاختبار</translation>
    </message>
    <message>
        <source>Quiz score</source>
        <translation>درجة الاختبار</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>النجاح في الاختبار</translation>
    </message>
    <message>
        <source>The best or the last attempt, as the lesson counts them</source>
        <translation>أفضل محاولة أو آخر محاولة، حسب طريقة احتساب الدرس</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>{score} of {top} ({percent})</source>
        <translation>{score} من {top} ({percent})</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>لم يحاول بعد</translation>
    </message>
    <message>
        <source>No quiz</source>
        <translation>لا يوجد اختبار</translation>
    </message>
    <message>
        <source>{count} (and {more} not counted)</source>
        <translation>{count} (و{more} غير محتسبة)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Class of the course</source>
        <translation>صف الدورة</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>الدورة:</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>تصدير إلى CSV…</translation>
    </message>
    <message>
        <source>Export the class to a CSV file</source>
        <translation>تصدير الصف إلى ملف CSV</translation>
    </message>
    <message>
        <source>When the class was synced</source>
        <translation>وقت مزامنة الصف</translation>
    </message>
    <message>
        <source>No learners</source>
        <translation>لا يوجد متعلّمون</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلّمون</translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation>من يحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>Lessons of the selected learner</source>
        <translation>دروس المتعلّم المحدَّد</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>تلميح</translation>
    </message>
    <message>
        <source>Select a learner to see their lessons.</source>
        <translation>اختر متعلّمًا لترى دروسه.</translation>
    </message>
    <message>
        <source>Lessons and quizzes</source>
        <translation>الدروس والاختبارات</translation>
    </message>
    <message>
        <source>Learners who left</source>
        <translation>المتعلّمون الذين غادروا</translation>
    </message>
    <message numerus="yes">
        <source>“Needs help” means: an assessed quiz failed at least {failed} and not passed, or no study in this course for %Ln day(s) or more (counted from enrolling for a learner who has not started) while the course is not completed.</source>
        <translation>
            <numerusform>«يحتاج إلى مساعدة» تعني: الرسوب في اختبار تقييمي {failed} على الأقل دون النجاح فيه، أو عدم الدراسة في هذه الدورة لمدة %Ln يوم أو أكثر (تُحسب من تاريخ التسجيل للمتعلّم الذي لم يبدأ بعد) ما دامت الدورة غير مكتملة.</numerusform>
            <numerusform>«يحتاج إلى مساعدة» تعني: الرسوب في اختبار تقييمي {failed} على الأقل دون النجاح فيه، أو عدم الدراسة في هذه الدورة لمدة يوم واحد أو أكثر (تُحسب من تاريخ التسجيل للمتعلّم الذي لم يبدأ بعد) ما دامت الدورة غير مكتملة.</numerusform>
            <numerusform>«يحتاج إلى مساعدة» تعني: الرسوب في اختبار تقييمي {failed} على الأقل دون النجاح فيه، أو عدم الدراسة في هذه الدورة لمدة يومين أو أكثر (تُحسب من تاريخ التسجيل للمتعلّم الذي لم يبدأ بعد) ما دامت الدورة غير مكتملة.</numerusform>
            <numerusform>«يحتاج إلى مساعدة» تعني: الرسوب في اختبار تقييمي {failed} على الأقل دون النجاح فيه، أو عدم الدراسة في هذه الدورة لمدة %Ln أيام أو أكثر (تُحسب من تاريخ التسجيل للمتعلّم الذي لم يبدأ بعد) ما دامت الدورة غير مكتملة.</numerusform>
            <numerusform>«يحتاج إلى مساعدة» تعني: الرسوب في اختبار تقييمي {failed} على الأقل دون النجاح فيه، أو عدم الدراسة في هذه الدورة لمدة %Ln يومًا أو أكثر (تُحسب من تاريخ التسجيل للمتعلّم الذي لم يبدأ بعد) ما دامت الدورة غير مكتملة.</numerusform>
            <numerusform>«يحتاج إلى مساعدة» تعني: الرسوب في اختبار تقييمي {failed} على الأقل دون النجاح فيه، أو عدم الدراسة في هذه الدورة لمدة %Ln يوم أو أكثر (تُحسب من تاريخ التسجيل للمتعلّم الذي لم يبدأ بعد) ما دامت الدورة غير مكتملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No class on this computer</source>
        <translation>لا يوجد صف على هذا الحاسوب</translation>
    </message>
    <message>
        <source>No course you teach is on this computer.</source>
        <translation>لا توجد على هذا الحاسوب أي دورة تدرّسها.</translation>
    </message>
    <message numerus="yes">
        <source>As of {date} {time} · %Ln learner(s)</source>
        <translation>
            <numerusform>آخر مزامنة {date} {time} · %Ln متعلّم</numerusform>
            <numerusform>آخر مزامنة {date} {time} · متعلّم واحد</numerusform>
            <numerusform>آخر مزامنة {date} {time} · متعلّمان</numerusform>
            <numerusform>آخر مزامنة {date} {time} · %Ln متعلّمين</numerusform>
            <numerusform>آخر مزامنة {date} {time} · %Ln متعلّمًا</numerusform>
            <numerusform>آخر مزامنة {date} {time} · %Ln متعلّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s) left the course.</source>
        <translation>
            <numerusform>غادر الدورة %Ln متعلّم.</numerusform>
            <numerusform>غادر الدورة متعلّم واحد.</numerusform>
            <numerusform>غادر الدورة متعلّمان.</numerusform>
            <numerusform>غادر الدورة %Ln متعلّمين.</numerusform>
            <numerusform>غادر الدورة %Ln متعلّمًا.</numerusform>
            <numerusform>غادر الدورة %Ln متعلّم.</numerusform>
        </translation>
    </message>
    <message>
        <source>{course} — class</source>
        <translation>{course} — الصف</translation>
    </message>
    <message>
        <source>Not synced yet — the class appears after the next sync</source>
        <translation>لم تتم المزامنة بعد — يظهر الصف بعد المزامنة التالية</translation>
    </message>
    <message>
        <source>The learners of this course appear here after the next sync.</source>
        <translation>يظهر متعلّمو هذه الدورة هنا بعد المزامنة التالية.</translation>
    </message>
    <message>
        <source>No learners in this course yet. Learners who enroll appear here after a sync.</source>
        <translation>لا يوجد متعلّمون في هذه الدورة بعد. يظهر المتعلّمون الذين يسجّلون فيها هنا بعد المزامنة.</translation>
    </message>
    <message>
        <source>Lessons of {name}</source>
        <translation>دروس {name}</translation>
    </message>
    <message>
        <source>Lessons of a learner</source>
        <translation>دروس متعلّم</translation>
    </message>
</context>
<context>
    <name>CourseCardDelegate</name>
    <message>
        <source>Premium</source>
        <translation>مميّز</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <source>Course progress</source>
        <translation>التقدّم في الدورة</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>ال&amp;تسجيل في الدورة</translation>
    </message>
    <message>
        <source>Leave this course…</source>
        <translation>مغادرة هذه الدورة…</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>تنزيل للاستخدام دون اتصال</translation>
    </message>
    <message>
        <source>Re&amp;try download</source>
        <translation>إعادة م&amp;حاولة التنزيل</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>مراجعتك</translation>
    </message>
    <message>
        <source>What did you think of this course? (optional)</source>
        <translation>ما رأيك في هذه الدورة؟ (اختياري)</translation>
    </message>
    <message>
        <source>Save &amp;review</source>
        <translation>ح&amp;فظ المراجعة</translation>
    </message>
    <message>
        <source>Search this course&apos;s downloaded lessons…</source>
        <translation>البحث في دروس هذه الدورة المنزّلة…</translation>
    </message>
    <message>
        <source>Search this course&apos;s lessons</source>
        <translation>البحث في دروس هذه الدورة</translation>
    </message>
    <message>
        <source>Rate this course</source>
        <translation>تقييم هذه الدورة</translation>
    </message>
    <message>
        <source>by {instructor}</source>
        <translation>بواسطة {instructor}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>مميّز</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln lesson(s) done</source>
        <translation>
            <numerusform>اكتمل {done} من %Ln درس</numerusform>
            <numerusform>اكتمل {done} من درس واحد</numerusform>
            <numerusform>اكتمل {done} من درسين</numerusform>
            <numerusform>اكتمل {done} من %Ln دروس</numerusform>
            <numerusform>اكتمل {done} من %Ln درسًا</numerusform>
            <numerusform>اكتمل {done} من %Ln درس</numerusform>
        </translation>
    </message>
    <message>
        <source>completed {date}</source>
        <translation>اكتملت في {date}</translation>
    </message>
    <message>
        <source>Review from the start</source>
        <translation>مراجعة الدورة من البداية</translation>
    </message>
    <message>
        <source>Continue: {lesson}</source>
        <translation>متابعة: {lesson}</translation>
    </message>
    <message>
        <source>Start the course</source>
        <translation>بدء الدورة</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>إل&amp;غاء التنزيل</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <source>&amp;Update download</source>
        <translation>تح&amp;ديث التنزيل</translation>
    </message>
    <message>
        <source>&amp;Download for offline</source>
        <translation>تن&amp;زيل للاستخدام دون اتصال</translation>
    </message>
    <message>
        <source>&amp;Update download ({size})</source>
        <translation>تح&amp;ديث التنزيل ({size})</translation>
    </message>
    <message>
        <source>&amp;Download for offline ({size})</source>
        <translation>تن&amp;زيل للاستخدام دون اتصال ({size})</translation>
    </message>
    <message>
        <source>Download stalled at {percent} — nothing has arrived for {seconds} s. It goes on by itself when the server answers.</source>
        <translation>توقّف التنزيل عند {percent} — لم يصل شيء منذ {seconds} ث. سيُستأنف تلقائيًا عندما يستجيب الخادم.</translation>
    </message>
    <message>
        <source>Leave course</source>
        <translation>مغادرة الدورة</translation>
    </message>
    <message>
        <source>Leave “{course}”? It leaves My courses; your progress is kept and comes back if you enrol again.</source>
        <translation>هل تريد مغادرة «{course}»؟ ستُزال من دوراتي؛ يبقى تقدّمك محفوظًا ويعود إذا سجّلت فيها مرة أخرى.</translation>
    </message>
    <message>
        <source>“{lesson}” opens once you complete {prerequisites}.</source>
        <translation>يُفتح «{lesson}» بعد أن تُكمل {prerequisites}.</translation>
    </message>
    <message>
        <source>“{lesson}”</source>
        <translation>«{lesson}»</translation>
    </message>
    <message>
        <source>Pick one to five stars first.</source>
        <translation>اختر من نجمة إلى خمس نجوم أولًا.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>My courses</source>
        <translation>دوراتي</translation>
    </message>
    <message>
        <source>points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>day streak</source>
        <translation>سلسلة الأيام</translation>
    </message>
    <message>
        <source>badges earned</source>
        <translation>الشارات المكتسبة</translation>
    </message>
    <message>
        <source>Courses in progress</source>
        <translation>الدورات الجارية</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>الدورات المكتملة</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <source>Study time, last 30 days</source>
        <translation>وقت الدراسة، آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation>نتائج الاختبارات</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>لوحة المتصدّرين</translation>
    </message>
    <message>
        <source>{earned} of {total}</source>
        <translation>{earned} من {total}</translation>
    </message>
    <message>
        <source>You have left the leaderboard. You can rejoin in Settings.</source>
        <translation>لقد غادرت لوحة المتصدّرين. يمكنك العودة إليها من الإعدادات.</translation>
    </message>
    <message>
        <source>As of {when} (saved for offline)</source>
        <translation>آخر تحديث: {when} (محفوظة للاستخدام دون اتصال)</translation>
    </message>
    <message>
        <source>The leaderboard appears after your first sync.</source>
        <translation>تظهر لوحة المتصدّرين بعد أول مزامنة لك.</translation>
    </message>
    <message>
        <source>No courses in progress — pick one in the Catalogue.</source>
        <translation>لا توجد دورات جارية — اختر واحدة من الفهرس.</translation>
    </message>
    <message>
        <source>{course} progress</source>
        <translation>التقدّم في {course}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue {course}</source>
        <translation>متابعة {course}</translation>
    </message>
    <message>
        <source>completed {date}</source>
        <translation>اكتملت في {date}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Review {course}, {when}</source>
        <translation>مراجعة {course}، {when}</translation>
    </message>
    <message>
        <source>earned {day}</source>
        <translation>اكتُسبت في {day}</translation>
    </message>
    <message>
        <source>still to earn</source>
        <translation>لم تُكتسب بعد</translation>
    </message>
    <message>
        <source>Badge {badge}, {status}</source>
        <translation>الشارة {badge}، {status}</translation>
    </message>
</context>
<context>
    <name>DemoServerProcess</name>
    <message>
        <source>the demo server stopped: {output}</source>
        <translation>توقّف الخادم التجريبي: {output}</translation>
    </message>
    <message>
        <source>the demo server did not start within {seconds} s; see {path}</source>
        <translation>لم يبدأ الخادم التجريبي خلال {seconds} ث؛ راجع {path}</translation>
    </message>
    <message>
        <source>the demo server listed no demo learner</source>
        <translation>لم يُدرج الخادم التجريبي أي متعلّم تجريبي</translation>
    </message>
</context>
<context>
    <name>DownloadChoiceDialog</name>
    <message>
        <source>Download for offline</source>
        <translation>تنزيل للاستخدام دون اتصال</translation>
    </message>
    <message>
        <source>“{course}”: every lesson&apos;s text and quizzes come in any case. Choose which pictures and media to keep on this computer too.</source>
        <translation>«{course}»: يصل نص كل الدروس واختباراتها في كل الأحوال. اختر أيضًا ما تحتفظ به من الصور والوسائط على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Everything ({size} of pictures and media)</source>
        <translation>&amp;كل شيء ({size} من الصور والوسائط)</translation>
    </message>
    <message>
        <source>&amp;Text only: no pictures or media</source>
        <translation>ال&amp;نص فقط: بلا صور أو وسائط</translation>
    </message>
    <message>
        <source>&amp;Only the pictures and media of the lessons ticked below</source>
        <translation>&amp;صور ووسائط الدروس المحدّدة أدناه فقط</translation>
    </message>
    <message>
        <source>Lessons whose pictures and media to download</source>
        <translation>الدروس التي تُنزَّل صورها ووسائطها</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>لا ملفات</translation>
    </message>
    <message>
        <source>{number}. {lesson} — {size}</source>
        <translation>{number}. {lesson} — {size}</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;تنزيل</translation>
    </message>
    <message>
        <source>Pictures and media to download: none.</source>
        <translation>الصور والوسائط المراد تنزيلها: لا شيء.</translation>
    </message>
    <message>
        <source>Pictures and media to download: up to {size}.</source>
        <translation>الصور والوسائط المراد تنزيلها: حتى {size}.</translation>
    </message>
</context>
<context>
    <name>FilesBoard</name>
    <message>
        <source>Downloading files: {progress}</source>
        <translation>جارٍ تنزيل الملفات: {progress}</translation>
    </message>
    <message numerus="yes">
        <source>Downloading files of %Ln course(s): {progress}</source>
        <translation>
            <numerusform>جارٍ تنزيل ملفات %Ln دورة: {progress}</numerusform>
            <numerusform>جارٍ تنزيل ملفات دورة واحدة: {progress}</numerusform>
            <numerusform>جارٍ تنزيل ملفات دورتين: {progress}</numerusform>
            <numerusform>جارٍ تنزيل ملفات %Ln دورات: {progress}</numerusform>
            <numerusform>جارٍ تنزيل ملفات %Ln دورةً: {progress}</numerusform>
            <numerusform>جارٍ تنزيل ملفات %Ln دورة: {progress}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesRow</name>
    <message>
        <source>Files downloaded</source>
        <translation>الملفات المنزّلة</translation>
    </message>
    <message>
        <source>&amp;Pause files</source>
        <translation>إيقاف ال&amp;ملفات مؤقتًا</translation>
    </message>
    <message>
        <source>Stop downloading files…</source>
        <translation>إيقاف تنزيل الملفات…</translation>
    </message>
    <message>
        <source>&amp;Resume files</source>
        <translation>استئناف ال&amp;ملفات</translation>
    </message>
    <message>
        <source>Resume files</source>
        <translation>استئناف الملفات</translation>
    </message>
    <message>
        <source>Pause files</source>
        <translation>إيقاف الملفات مؤقتًا</translation>
    </message>
    <message>
        <source>Files: {progress}</source>
        <translation>الملفات: {progress}</translation>
    </message>
    <message>
        <source>Files paused: {size} still to fetch. The lessons&apos; text is here.</source>
        <translation>الملفات متوقّفة مؤقتًا: ما زال يلزم جلب {size}. نص الدروس موجود هنا.</translation>
    </message>
    <message>
        <source>Files: {size} still to fetch; they arrive when online.</source>
        <translation>الملفات: ما زال يلزم جلب {size}؛ ستصل عند الاتصال.</translation>
    </message>
    <message>
        <source>Stop downloading files</source>
        <translation>إيقاف تنزيل الملفات</translation>
    </message>
    <message>
        <source>Stop downloading this course&apos;s video, sound and pictures? The lessons&apos; text stays, and so do the files already here; a file cut off mid-way is deleted. Download the course again to fetch them.</source>
        <translation>هل تريد إيقاف تنزيل الفيديو والصوت والصور لهذه الدورة؟ يبقى نص الدروس، وكذلك الملفات الموجودة هنا؛ ويُحذف أي ملف انقطع تنزيله في منتصفه. نزّل الدورة مرة أخرى لجلبها.</translation>
    </message>
</context>
<context>
    <name>Lantern</name>
    <message>
        <source>Lantern could not start ({error}). Reinstalling Lantern may fix this; the log file has the details.</source>
        <translation>تعذّر تشغيل Lantern ({error}). قد تحلّ إعادة تثبيت Lantern هذه المشكلة؛ وتجد التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (أنت)</translation>
    </message>
    <message numerus="yes">
        <source>Rank {rank}, {name}, %Ln point(s)</source>
        <translation>
            <numerusform>المرتبة {rank}، {name}، %Ln نقطة</numerusform>
            <numerusform>المرتبة {rank}، {name}، نقطة واحدة</numerusform>
            <numerusform>المرتبة {rank}، {name}، نقطتان</numerusform>
            <numerusform>المرتبة {rank}، {name}، %Ln نقاط</numerusform>
            <numerusform>المرتبة {rank}، {name}، %Ln نقطة</numerusform>
            <numerusform>المرتبة {rank}، {name}، %Ln نقطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerShell</name>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الصف</translation>
    </message>
    <message numerus="yes">
        <source>Saved the class (%Ln row(s)) to {path}</source>
        <translation>
            <numerusform>تم حفظ الصف (%Ln سطر) في {path}</numerusform>
            <numerusform>تم حفظ الصف (سطر واحد) في {path}</numerusform>
            <numerusform>تم حفظ الصف (سطران) في {path}</numerusform>
            <numerusform>تم حفظ الصف (%Ln أسطر) في {path}</numerusform>
            <numerusform>تم حفظ الصف (%Ln سطرًا) في {path}</numerusform>
            <numerusform>تم حفظ الصف (%Ln سطر) في {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the class to {path}: {reason}</source>
        <translation>تعذّر حفظ الصف في {path}: {reason}</translation>
    </message>
    <message>
        <source>Export the class to a CSV file</source>
        <translation>تصدير الصف إلى ملف CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not enough space</source>
        <translation>لا توجد مساحة كافية</translation>
    </message>
    <message>
        <source>Get ready for offline</source>
        <translation>الاستعداد للعمل دون اتصال</translation>
    </message>
    <message>
        <source>Sync is not connected in this window; your work is saved on this computer.</source>
        <translation>المزامنة غير متصلة في هذه النافذة؛ عملك محفوظ على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <extracomment>what the learners&apos; columns sort by (numbers and folded names, not their words) rows a table shows before it scrolls (the page scrolls as a whole around them) rows past those in view whose words size the columns (QHeaderView.resizeContentsPrecision) a learner&apos;s sort keys, by column: folded name, lessons, progress, time, last active, points, help</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>الدروس المكتملة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>الوقت المستغرق</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>يحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message numerus="yes">
        <source>not started, enrolled %Ln day(s) ago</source>
        <translation>
            <numerusform>لم يبدأ، مسجّل منذ %Ln يوم</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ يوم واحد</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ يومين</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ %Ln أيام</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ %Ln يومًا</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inactive for %Ln day(s)</source>
        <translation>
            <numerusform>غير نشط منذ %Ln يوم</numerusform>
            <numerusform>غير نشط منذ يوم واحد</numerusform>
            <numerusform>غير نشط منذ يومين</numerusform>
            <numerusform>غير نشط منذ %Ln أيام</numerusform>
            <numerusform>غير نشط منذ %Ln يومًا</numerusform>
            <numerusform>غير نشط منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a learner needs help</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Needs help: {reasons}</source>
        <translation>يحتاج إلى مساعدة: {reasons}</translation>
    </message>
    <message>
        <source>failed “{quiz}” {times}</source>
        <translation>أخفق في «{quiz}» {times}</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Lesson text</source>
        <extracomment>what the reader&apos;s keys do: a caret to read by line (a screen reader follows it), selecting, and links by Tab and Enter as in any QTextBrowser</extracomment>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <source>{text}, link</source>
        <translation>{text}، رابط</translation>
    </message>
    <message>
        <source>This image is damaged
{file}</source>
        <translation>هذه الصورة تالفة
{file}</translation>
    </message>
    <message>
        <source>Image not downloaded yet
{file}</source>
        <translation>لم تُنزَّل الصورة بعد
{file}</translation>
    </message>
</context>
<context>
    <name>LessonHits</name>
    <message>
        <source>Found in downloaded lessons</source>
        <translation>وُجد في الدروس المنزّلة</translation>
    </message>
    <message>
        <source>No downloaded lesson of this course mentions “{words}”.</source>
        <translation>لا يوجد درس منزّل من هذه الدورة يذكر «{words}».</translation>
    </message>
    <message numerus="yes">
        <source>Found in downloaded lessons: %Ln section(s)</source>
        <translation>
            <numerusform>وُجد في الدروس المنزّلة: %Ln قسم</numerusform>
            <numerusform>وُجد في الدروس المنزّلة: قسم واحد</numerusform>
            <numerusform>وُجد في الدروس المنزّلة: قسمان</numerusform>
            <numerusform>وُجد في الدروس المنزّلة: %Ln أقسام</numerusform>
            <numerusform>وُجد في الدروس المنزّلة: %Ln قسمًا</numerusform>
            <numerusform>وُجد في الدروس المنزّلة: %Ln قسم</numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {snippet}</source>
        <translation>{place}: {snippet}</translation>
    </message>
</context>
<context>
    <name>LessonListModel</name>
    <message>
        <source>{number}. {lesson}</source>
        <translation>{number}. {lesson}</translation>
    </message>
</context>
<context>
    <name>LessonRowDelegate</name>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Complete {lessons} first</source>
        <translation>أكمل {lessons} أولًا</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>›</source>
        <comment>breadcrumb: course › lesson</comment>
        <translation>›</translation>
    </message>
    <message>
        <source>in</source>
        <comment>breadcrumb: course › lesson</comment>
        <translation>ضمن</translation>
    </message>
    <message>
        <source>Preview — reading and answers here are not recorded</source>
        <translation>معاينة — لا تُسجَّل القراءة والإجابات هنا</translation>
    </message>
    <message>
        <source>Sections of this lesson</source>
        <translation>أقسام هذا الدرس</translation>
    </message>
    <message>
        <source>&amp;Mark section read</source>
        <translation>&amp;تحديد القسم كمقروء</translation>
    </message>
    <message>
        <source>&amp;Complete lesson</source>
        <translation>إكمال ال&amp;درس</translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation>&amp;بدء الاختبار</translation>
    </message>
    <message>
        <source>In this lesson</source>
        <translation>في هذا الدرس</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>مكتمل ✓</translation>
    </message>
    <message>
        <source>Back to {course}</source>
        <translation>العودة إلى {course}</translation>
    </message>
    <message>
        <source>Back to the course {course}</source>
        <translation>العودة إلى الدورة {course}</translation>
    </message>
    <message>
        <source>Lesson {title}</source>
        <translation>الدرس {title}</translation>
    </message>
    <message>
        <source>‹ &amp;Previous: {title}</source>
        <translation>‹ الساب&amp;ق: {title}</translation>
    </message>
    <message>
        <source>&amp;Next: {title} ›</source>
        <translation>التال&amp;ي: {title} ›</translation>
    </message>
    <message>
        <source>Complete this lesson first.</source>
        <translation>أكمل هذا الدرس أولًا.</translation>
    </message>
    <message>
        <source>Lesson complete. Next, try its quiz.</source>
        <translation>اكتمل الدرس. جرّب اختباره الآن.</translation>
    </message>
    <message>
        <source>Lesson complete. Next: {title}.</source>
        <translation>اكتمل الدرس. التالي: {title}.</translation>
    </message>
    <message>
        <source>Course complete: you finished every lesson of {course}.</source>
        <translation>اكتملت الدورة: أنهيت كل دروس {course}.</translation>
    </message>
    <message>
        <source>Lesson complete. The course lists what is left.</source>
        <translation>اكتمل الدرس. تعرض الدورة ما تبقّى.</translation>
    </message>
    <message>
        <source>This lesson could not be read:

{problems}</source>
        <translation>تعذّرت قراءة هذا الدرس:

{problems}</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>مقدّمة</translation>
    </message>
    <message>
        <source>{section}, {mark} read</source>
        <translation>{section}، المقروء: {mark}</translation>
    </message>
    <message>
        <source>Time on this lesson: {duration}</source>
        <translation>الوقت في هذا الدرس: {duration}</translation>
    </message>
    <message>
        <source>Time on this lesson: {duration}  ·  paused</source>
        <translation>الوقت في هذا الدرس: {duration}  ·  متوقّف مؤقتًا</translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>أكملوه</translation>
    </message>
    <message>
        <source>Average completion</source>
        <translation>متوسط الإكمال</translation>
    </message>
    <message>
        <source>Quiz attempted</source>
        <translation>حاولوا الاختبار</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>نجحوا في الاختبار</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Most often missed</source>
        <translation>الأكثر خطأً</translation>
    </message>
    <message>
        <source>a question not on this computer</source>
        <translation>سؤال غير موجود على هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <source>Missed in {missed} of %Ln attempt(s): {question}</source>
        <translation>
            <numerusform>إجابات خاطئة في {missed} من أصل %Ln محاولة: {question}</numerusform>
            <numerusform>إجابات خاطئة في {missed} من أصل محاولة واحدة: {question}</numerusform>
            <numerusform>إجابات خاطئة في {missed} من أصل محاولتين: {question}</numerusform>
            <numerusform>إجابات خاطئة في {missed} من أصل %Ln محاولات: {question}</numerusform>
            <numerusform>إجابات خاطئة في {missed} من أصل %Ln محاولة: {question}</numerusform>
            <numerusform>إجابات خاطئة في {missed} من أصل %Ln محاولة: {question}</numerusform>
        </translation>
    </message>
    <message>
        <source>No quiz</source>
        <translation>لا يوجد اختبار</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} من {total}</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>«{prompt}»</translation>
    </message>
    <message>
        <source>assessed quiz</source>
        <translation>اختبار تقييمي</translation>
    </message>
    <message>
        <source>practice quiz</source>
        <translation>اختبار تدريبي</translation>
    </message>
    <message>
        <source>{lesson} — {kind}</source>
        <translation>{lesson} — {kind}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Catalogue</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>دوراتي</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>التغييرات المعلّقة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>{title}  ({count})</source>
        <translation>{title}  ({count})</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>حول Lantern</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Captions</source>
        <extracomment>how often progress is saved while playing</extracomment>
        <translation>الترجمة النصية</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>{rate}×</source>
        <translation>{rate}×</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>ال&amp;ترجمة النصية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>إغلاق المشغّل</translation>
    </message>
    <message>
        <source>This file is not downloaded yet: download the course first.</source>
        <translation>لم يُنزَّل هذا الملف بعد: نزّل الدورة أولًا.</translation>
    </message>
    <message>
        <source>Video and sound cannot play on this computer: Qt Multimedia could not load ({error}).</source>
        <translation>لا يمكن تشغيل الفيديو والصوت على هذا الحاسوب: تعذّر تحميل Qt Multimedia ({error}).</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقّف مؤقتًا</translation>
    </message>
    <message>
        <source>This file could not be played ({error}).</source>
        <translation>تعذّر تشغيل هذا الملف ({error}).</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>{position} of {duration}</source>
        <translation>{position} من {duration}</translation>
    </message>
</context>
<context>
    <name>MissingLibraries</name>
    <message numerus="yes">
        <source>Lantern cannot open its window: the system librar[y|ies] {names} that Qt needs to draw on X11 [is|are] missing.
On Debian or Ubuntu, install with:
    {command}
(On other systems, install the package that provides [it|them].)</source>
        <translation>
            <numerusform>لا يستطيع Lantern فتح نافذته: مكتبات النظام {names} التي يحتاجها Qt للرسم على X11 غير موجودة.
على Debian أو Ubuntu، ثبّتها بالأمر:
    {command}
(على الأنظمة الأخرى، ثبّت الحزمة التي توفّرها.)</numerusform>
            <numerusform>لا يستطيع Lantern فتح نافذته: مكتبة النظام {names} التي يحتاجها Qt للرسم على X11 غير موجودة.
على Debian أو Ubuntu، ثبّتها بالأمر:
    {command}
(على الأنظمة الأخرى، ثبّت الحزمة التي توفّرها.)</numerusform>
            <numerusform>لا يستطيع Lantern فتح نافذته: مكتبتا النظام {names} اللتان يحتاجهما Qt للرسم على X11 غير موجودتين.
على Debian أو Ubuntu، ثبّتهما بالأمر:
    {command}
(على الأنظمة الأخرى، ثبّت الحزمة التي توفّرهما.)</numerusform>
            <numerusform>لا يستطيع Lantern فتح نافذته: مكتبات النظام {names} التي يحتاجها Qt للرسم على X11 غير موجودة.
على Debian أو Ubuntu، ثبّتها بالأمر:
    {command}
(على الأنظمة الأخرى، ثبّت الحزمة التي توفّرها.)</numerusform>
            <numerusform>لا يستطيع Lantern فتح نافذته: مكتبات النظام {names} التي يحتاجها Qt للرسم على X11 غير موجودة.
على Debian أو Ubuntu، ثبّتها بالأمر:
    {command}
(على الأنظمة الأخرى، ثبّت الحزمة التي توفّرها.)</numerusform>
            <numerusform>لا يستطيع Lantern فتح نافذته: مكتبات النظام {names} التي يحتاجها Qt للرسم على X11 غير موجودة.
على Debian أو Ubuntu، ثبّتها بالأمر:
    {command}
(على الأنظمة الأخرى، ثبّت الحزمة التي توفّرها.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>{title}. {message}. {when}, read</source>
        <translation>{title}. {message}. {when}، مقروء</translation>
    </message>
    <message>
        <source>{title}. {message}. {when}, unread</source>
        <translation>{title}. {message}. {when}، غير مقروء</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>تعليم ال&amp;كل كمقروء</translation>
    </message>
    <message>
        <source>Nothing new. Badges, graded quizzes and finished courses show up here.</source>
        <translation>لا جديد. تظهر هنا الشارات والاختبارات المصحّحة والدورات المكتملة.</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <source>Reset your password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation>إر&amp;سال رمز إليّ</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>الرمز الوارد في البريد الإلكتروني</translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s)</source>
        <translation>
            <numerusform>%Ln رقم</numerusform>
            <numerusform>رقم واحد</numerusform>
            <numerusform>رقمان</numerusform>
            <numerusform>%Ln أرقام</numerusform>
            <numerusform>%Ln رقمًا</numerusform>
            <numerusform>%Ln رقم</numerusform>
        </translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln character(s)</source>
        <translation>
            <numerusform>%Ln حرف على الأقل</numerusform>
            <numerusform>حرف واحد على الأقل</numerusform>
            <numerusform>حرفان على الأقل</numerusform>
            <numerusform>%Ln أحرف على الأقل</numerusform>
            <numerusform>%Ln حرفًا على الأقل</numerusform>
            <numerusform>%Ln حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>إ&amp;ظهار</translation>
    </message>
    <message>
        <source>Show the new password</source>
        <translation>إظهار كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Set &amp;new password</source>
        <translation>ت&amp;عيين كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>كلمة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>ال&amp;تأكيد</translation>
    </message>
    <message>
        <source>Type the email address of your account.</source>
        <translation>اكتب عنوان البريد الإلكتروني لحسابك.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>If {email} has an account, a {length}-digit code is on its way; it works for an hour. Type it here with your new password.</source>
        <translation>إذا كان لـ {email} حساب، فإن رمزًا مكوّنًا من {length} أرقام في طريقه إليك، ويعمل لمدة ساعة. اكتبه هنا مع كلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Type the {length}-digit code from the email.</source>
        <translation>اكتب الرمز المكوّن من {length} أرقام الوارد في البريد الإلكتروني.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %Ln character(s).</source>
        <translation>
            <numerusform>يجب أن تتكوّن كلمة المرور الجديدة من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن كلمة المرور الجديدة من حرف واحد على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن كلمة المرور الجديدة من حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن كلمة المرور الجديدة من %Ln أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن كلمة المرور الجديدة من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكوّن كلمة المرور الجديدة من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation>جارٍ تعيين كلمة المرور الجديدة…</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Ask for a new one.</source>
        <translation>هذا الرمز غير صحيح أو انتهت صلاحيته. اطلب رمزًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>Previous page</source>
        <extracomment>what the page worker reports instead of an error&apos;s own text (``PdfView.problem_text``) the most pixels a page is drawn with, whatever its size in the file says</extracomment>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>إغلاق المستند</translation>
    </message>
    <message>
        <source>This file is not downloaded yet: download the course first.</source>
        <translation>لم يُنزَّل هذا الملف بعد: نزّل الدورة أولًا.</translation>
    </message>
    <message>
        <source>{zoom} %</source>
        <translation>{zoom}٪</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>الصفحة {page} من {count}</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>ملف PDF لا يحتوي على صفحات</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>This PDF could not be shown ({error}).</source>
        <translation>تعذّر عرض ملف PDF هذا ({error}).</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>What</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>{change}, {state}</source>
        <translation>{change}، {state}</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <source>Save my work to a file…</source>
        <translation>حفظ عملي في ملف…</translation>
    </message>
    <message>
        <source>No internet here for a while? Save the waiting changes to a file (a USB stick) and deliver it from a Lantern that is online; they are applied once, as yours.</source>
        <translation>لا يوجد إنترنت هنا منذ مدة؟ احفظ التغييرات المنتظرة في ملف (على ذاكرة محمولة) وسلّمه من Lantern متصل؛ تُطبَّق مرة واحدة، باسمك.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>التغييرات المعلّقة</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>تغييرات تنتظر المزامنة</translation>
    </message>
    <message>
        <source>Nothing waiting — everything you did is on the server.</source>
        <translation>لا شيء منتظر — كل ما فعلته موجود على الخادم.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing waiting. %Ln could not be accepted by the server; the reason is shown next to each.</source>
        <translation>
            <numerusform>لا شيء منتظر. تعذّر على الخادم قبول %Ln تغيير؛ يظهر السبب بجانب كل منها.</numerusform>
            <numerusform>لا شيء منتظر. تعذّر على الخادم قبول تغيير واحد؛ يظهر السبب بجانبه.</numerusform>
            <numerusform>لا شيء منتظر. تعذّر على الخادم قبول تغييرين؛ يظهر السبب بجانب كل منهما.</numerusform>
            <numerusform>لا شيء منتظر. تعذّر على الخادم قبول %Ln تغييرات؛ يظهر السبب بجانب كل منها.</numerusform>
            <numerusform>لا شيء منتظر. تعذّر على الخادم قبول %Ln تغييرًا؛ يظهر السبب بجانب كل منها.</numerusform>
            <numerusform>لا شيء منتظر. تعذّر على الخادم قبول %Ln تغيير؛ يظهر السبب بجانب كل منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to sync. Your work is saved on this computer and is sent the next time you are online.</source>
        <translation>
            <numerusform>%Ln تغيير بانتظار المزامنة. عملك محفوظ على هذا الحاسوب وسيُرسل في المرة القادمة التي تكون فيها متصلًا.</numerusform>
            <numerusform>تغيير واحد بانتظار المزامنة. عملك محفوظ على هذا الحاسوب وسيُرسل في المرة القادمة التي تكون فيها متصلًا.</numerusform>
            <numerusform>تغييران بانتظار المزامنة. عملك محفوظ على هذا الحاسوب وسيُرسل في المرة القادمة التي تكون فيها متصلًا.</numerusform>
            <numerusform>%Ln تغييرات بانتظار المزامنة. عملك محفوظ على هذا الحاسوب وسيُرسل في المرة القادمة التي تكون فيها متصلًا.</numerusform>
            <numerusform>%Ln تغييرًا بانتظار المزامنة. عملك محفوظ على هذا الحاسوب وسيُرسل في المرة القادمة التي تكون فيها متصلًا.</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة. عملك محفوظ على هذا الحاسوب وسيُرسل في المرة القادمة التي تكون فيها متصلًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be accepted by the server; the reason is shown next to each.</source>
        <translation>
            <numerusform>تعذّر على الخادم قبول %Ln تغيير؛ يظهر السبب بجانب كل منها.</numerusform>
            <numerusform>تعذّر على الخادم قبول تغيير واحد؛ يظهر السبب بجانبه.</numerusform>
            <numerusform>تعذّر على الخادم قبول تغييرين؛ يظهر السبب بجانب كل منهما.</numerusform>
            <numerusform>تعذّر على الخادم قبول %Ln تغييرات؛ يظهر السبب بجانب كل منها.</numerusform>
            <numerusform>تعذّر على الخادم قبول %Ln تغييرًا؛ يظهر السبب بجانب كل منها.</numerusform>
            <numerusform>تعذّر على الخادم قبول %Ln تغيير؛ يظهر السبب بجانب كل منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>{waiting} {refused}</source>
        <comment>two sentences of the summary, in this order</comment>
        <translation>{waiting} {refused}</translation>
    </message>
</context>
<context>
    <name>PreviewFlow</name>
    <message>
        <source>Preview a course package folder</source>
        <translation>معاينة مجلد حزمة دورة</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Sign in with your instructor account to publish (File → Switch learner).</source>
        <translation>سجّل الدخول بحساب المدرّب الخاص بك للنشر (ملف ← تبديل المتعلّم).</translation>
    </message>
    <message>
        <source>Fix the problems shown in the preview first:
{problems}</source>
        <translation>أصلح المشكلات الظاهرة في المعاينة أولًا:
{problems}</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>غير منشورة</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview — {folder}</source>
        <translation>معاينة — {folder}</translation>
    </message>
    <message>
        <source>Lessons in this package</source>
        <translation>الدروس في هذه الحزمة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Publish to server…</source>
        <translation>النشر على الخادم…</translation>
    </message>
    <message>
        <source>{folder} could not be read</source>
        <translation>تعذّرت قراءة {folder}</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>{number}. {prompt}</source>
        <translation>{number}. {prompt}</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>السؤال {number}</translation>
    </message>
    <message>
        <source>Answer: {prompt}</source>
        <translation>الإجابة: {prompt}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ صحيح</translation>
    </message>
    <message numerus="yes">
        <source>◐ Partly right: {earned} of %Ln point(s). Correct answers: {answers}</source>
        <translation>
            <numerusform>◐ صحيح جزئيًا: {earned} من %Ln نقطة. الإجابات الصحيحة: {answers}</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من نقطة واحدة. الإجابات الصحيحة: {answers}</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من نقطتين. الإجابات الصحيحة: {answers}</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من %Ln نقاط. الإجابات الصحيحة: {answers}</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من %Ln نقطةً. الإجابات الصحيحة: {answers}</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من %Ln نقطة. الإجابات الصحيحة: {answers}</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Not quite. Correct answer: {answer}</source>
        <translation>✗ ليس تمامًا. الإجابة الصحيحة: {answer}</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ صحيح</translation>
    </message>
    <message numerus="yes">
        <source>◐ Partly right: {earned} of %Ln point(s)</source>
        <translation>
            <numerusform>◐ صحيح جزئيًا: {earned} من %Ln نقطة</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من نقطة واحدة</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من نقطتين</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من %Ln نقاط</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من %Ln نقطةً</numerusform>
            <numerusform>◐ صحيح جزئيًا: {earned} من %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Not right</source>
        <translation>✗ غير صحيح</translation>
    </message>
    <message>
        <source>Why: {explanation}</source>
        <translation>السبب: {explanation}</translation>
    </message>
    <message>
        <source>{answers} or {answer}</source>
        <comment>accepted short answers</comment>
        <translation>{answers} أو {answer}</translation>
    </message>
    <message>
        <source>{answers}; {answer}</source>
        <comment>the correct options of a question</comment>
        <translation>{answers}؛ {answer}</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>&amp;Submit answers</source>
        <translation>إ&amp;رسال الإجابات</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة الم&amp;حاولة</translation>
    </message>
    <message>
        <source>Back to the &amp;lesson</source>
        <translation>العودة إلى ال&amp;درس</translation>
    </message>
    <message>
        <source>Show which answers were &amp;right</source>
        <translation>إظهار الإجابات ال&amp;صحيحة</translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation>المحاولات السابقة</translation>
    </message>
    <message>
        <source>Assessed quiz.</source>
        <translation>اختبار تقييمي.</translation>
    </message>
    <message>
        <source>Your answers are graded by the school&apos;s server. You&apos;ll see your grade after the next sync.</source>
        <translation>يصحّح خادم المدرسة إجاباتك. سترى درجتك بعد المزامنة التالية.</translation>
    </message>
    <message>
        <source>Practice quiz: you&apos;ll see your grade and the correct answers as soon as you submit. {pass_mark} passes.</source>
        <translation>اختبار تدريبي: سترى درجتك والإجابات الصحيحة فور الإرسال. درجة النجاح {pass_mark}.</translation>
    </message>
    <message>
        <source>{title}. {pass_mark} passes.</source>
        <translation>{title}. درجة النجاح {pass_mark}.</translation>
    </message>
    <message>
        <source>Grading…</source>
        <translation>جارٍ التصحيح…</translation>
    </message>
    <message>
        <source>Submitted — will be graded when you&apos;re online. Your answers are saved on this computer.</source>
        <translation>تم الإرسال — سيتم التصحيح عندما تكون متصلًا. إجاباتك محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Next lesson: {title} →</source>
        <translation>الدرس ال&amp;تالي: {title} ←</translation>
    </message>
    <message>
        <source>Course complete — back to the &amp;course</source>
        <translation>اكتملت الدورة — الع&amp;ودة إلى الدورة</translation>
    </message>
    <message>
        <source>question {number} right ✓</source>
        <translation>السؤال {number} صحيح ✓</translation>
    </message>
    <message>
        <source>question {number} not right ✗</source>
        <translation>السؤال {number} غير صحيح ✗</translation>
    </message>
    <message>
        <source>Your graded attempt: {questions}.</source>
        <translation>محاولتك المصحّحة: {questions}.</translation>
    </message>
    <message>
        <source>The server has no answers of yours for these questions.</source>
        <translation>لا توجد لدى الخادم إجابات لك عن هذه الأسئلة.</translation>
    </message>
    <message>
        <source>{verdicts}, {verdict}</source>
        <comment>the verdicts of a graded attempt</comment>
        <translation>{verdicts}، {verdict}</translation>
    </message>
    <message>
        <source>Kept by the server, not counted: the quiz changed since you took it; take it as it is now.</source>
        <translation>احتفظ بها الخادم لكنها لم تُحتسب: تغيّر الاختبار منذ أن أجريته؛ أجرِه بصيغته الحالية.</translation>
    </message>
    <message>
        <source>Graded by the server: over the attempt limit, not counted.</source>
        <translation>صحّحها الخادم: تجاوزت حدّ المحاولات، لذا لم تُحتسب.</translation>
    </message>
    <message>
        <source>Graded: {result}</source>
        <translation>تم التصحيح: {result}</translation>
    </message>
</context>
<context>
    <name>SavedWorkFlow</name>
    <message numerus="yes">
        <source>Saved %Ln change(s) to {path}. [It stays|They stay] waiting here until the server has [it|them]; deliver the file from a Lantern that is online.</source>
        <translation>
            <numerusform>تم حفظ %Ln تغيير في {path}. تبقى منتظرة هنا حتى يستلمها الخادم؛ سلّم الملف من Lantern متصل.</numerusform>
            <numerusform>تم حفظ تغيير واحد في {path}. يبقى منتظرًا هنا حتى يستلمه الخادم؛ سلّم الملف من Lantern متصل.</numerusform>
            <numerusform>تم حفظ تغييرين في {path}. يبقيان منتظرين هنا حتى يستلمهما الخادم؛ سلّم الملف من Lantern متصل.</numerusform>
            <numerusform>تم حفظ %Ln تغييرات في {path}. تبقى منتظرة هنا حتى يستلمها الخادم؛ سلّم الملف من Lantern متصل.</numerusform>
            <numerusform>تم حفظ %Ln تغييرًا في {path}. تبقى منتظرة هنا حتى يستلمها الخادم؛ سلّم الملف من Lantern متصل.</numerusform>
            <numerusform>تم حفظ %Ln تغيير في {path}. تبقى منتظرة هنا حتى يستلمها الخادم؛ سلّم الملف من Lantern متصل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest work stays on this computer and is never sent.</source>
        <translation>يبقى عمل الضيف على هذا الحاسوب ولا يُرسَل أبدًا.</translation>
    </message>
    <message>
        <source>Your work cannot be saved to a file yet: this computer has not been online since you signed in here. Connect once and sync, then save again.</source>
        <translation>لا يمكن حفظ عملك في ملف بعد: لم يتصل هذا الحاسوب بالإنترنت منذ أن سجّلت الدخول هنا. اتصل مرة واحدة وزامِن، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: there is no work to save.</source>
        <translation>لا شيء بانتظار الإرسال: لا يوجد عمل لحفظه.</translation>
    </message>
    <message>
        <source>Could not save your work to {path}: {reason}</source>
        <translation>تعذّر حفظ عملك في {path}: {reason}</translation>
    </message>
    <message>
        <source>Deliver saved work</source>
        <translation>تسليم العمل المحفوظ</translation>
    </message>
    <message>
        <source>Sign in to deliver saved work.</source>
        <translation>سجّل الدخول لتسليم العمل المحفوظ.</translation>
    </message>
    <message>
        <source>You chose to work offline: switch it off (File ▸ Work offline) to deliver.</source>
        <translation>اخترت العمل دون اتصال: أوقفه (ملف ◂ العمل دون اتصال) لتتمكن من التسليم.</translation>
    </message>
    <message>
        <source>Delivering saved work…</source>
        <translation>جارٍ تسليم العمل المحفوظ…</translation>
    </message>
    <message>
        <source>{file}: {outcome}</source>
        <translation>{file}: {outcome}</translation>
    </message>
    <message>
        <source>not delivered: {why}.</source>
        <translation>لم يُسلَّم: {why}.</translation>
    </message>
    <message>
        <source>work of {who} not delivered: {why}.</source>
        <translation>لم يُسلَّم عمل {who}: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln تغيير</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied.</source>
        <translation>سُلّم عمل {who}: تم تطبيق {changes}.</translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied, {already} already on the server.</source>
        <translation>سُلّم عمل {who}: تم تطبيق {changes}، وكان {already} على الخادم مسبقًا.</translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied, {refused} refused by the server (first: {reason}).</source>
        <translation>سُلّم عمل {who}: تم تطبيق {changes}، ورفض الخادم {refused} (أول سبب: {reason}).</translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied, {already} already on the server, {refused} refused by the server (first: {reason}).</source>
        <translation>سُلّم عمل {who}: تم تطبيق {changes}، وكان {already} على الخادم مسبقًا، ورفض الخادم {refused} (أول سبب: {reason}).</translation>
    </message>
    <message>
        <source>the server does not know the computer that saved it</source>
        <translation>لا يعرف الخادم الحاسوب الذي حفظه</translation>
    </message>
    <message>
        <source>that computer already sent other work; it keeps this work and sends it itself</source>
        <translation>أرسل ذلك الحاسوب عملًا آخر من قبل؛ سيحتفظ بهذا العمل ويرسله بنفسه</translation>
    </message>
    <message>
        <source>earlier work from the same computer is missing; deliver that file first</source>
        <translation>ينقص عمل سابق من الحاسوب نفسه؛ سلّم ذلك الملف أولًا</translation>
    </message>
    <message>
        <source>this is not saved Lantern work</source>
        <translation>هذا ليس عملًا محفوظًا من Lantern</translation>
    </message>
    <message>
        <source>it was saved by a newer Lantern; update this one</source>
        <translation>حُفظ بإصدار أحدث من Lantern؛ حدّث هذا الإصدار</translation>
    </message>
    <message>
        <source>it was changed after it was saved; nothing in it was applied</source>
        <translation>تم تعديله بعد حفظه؛ لم يُطبَّق أي شيء منه</translation>
    </message>
    <message>
        <source>it was saved for another server</source>
        <translation>حُفظ لخادم آخر</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>رفضه الخادم</translation>
    </message>
    <message>
        <source>it is damaged or incomplete (unreadable at line {line}, column {column})</source>
        <translation>تالف أو غير مكتمل (تتعذّر قراءته عند السطر {line}، العمود {column})</translation>
    </message>
    <message>
        <source>it is not a file of saved Lantern work</source>
        <translation>ليس ملف عمل محفوظ من Lantern</translation>
    </message>
    <message>
        <source>it is not a file of saved Lantern work (not text)</source>
        <translation>ليس ملف عمل محفوظ من Lantern (ليس نصًا)</translation>
    </message>
    <message>
        <source>it is far too large to be saved Lantern work</source>
        <translation>حجمه أكبر بكثير من أن يكون عملًا محفوظًا من Lantern</translation>
    </message>
    <message>
        <source>it was saved by another version of Lantern (format {version})</source>
        <translation>حُفظ بإصدار آخر من Lantern (التنسيق {version})</translation>
    </message>
    <message>
        <source>it holds no work (the field chunks is missing or empty)</source>
        <translation>لا يحتوي على أي عمل (الحقل chunks مفقود أو فارغ)</translation>
    </message>
    <message>
        <source>the field {field} is missing</source>
        <translation>الحقل {field} مفقود</translation>
    </message>
    <message>
        <source>chunks[{index}] is not a chunk</source>
        <translation>العنصر chunks[{index}] ليس جزءًا صالحًا</translation>
    </message>
    <message>
        <source>chunks[{index}] lacks its payload or mac</source>
        <translation>العنصر chunks[{index}] يفتقد الحقل payload أو mac</translation>
    </message>
    <message>
        <source>chunks[{index}].payload is damaged</source>
        <translation>الحقل chunks[{index}].payload تالف</translation>
    </message>
    <message>
        <source>chunks[{index}].payload holds no numbered ops</source>
        <translation>الحقل chunks[{index}].payload لا يحتوي على عمليات مرقّمة</translation>
    </message>
    <message>
        <source>chunks[{index}].payload names no device</source>
        <translation>الحقل chunks[{index}].payload لا يذكر أي جهاز</translation>
    </message>
    <message>
        <source>its chunks come from different devices</source>
        <translation>أجزاؤه واردة من أجهزة مختلفة</translation>
    </message>
    <message>
        <source>part of it is missing (changes {first}–{last})</source>
        <translation>جزء منه مفقود (التغييرات من {first} إلى {last})</translation>
    </message>
    <message>
        <source>it is not saved work this Lantern can read ({problem})</source>
        <translation>ليس عملًا محفوظًا يستطيع هذا الإصدار من Lantern قراءته ({problem})</translation>
    </message>
    <message>
        <source>{problem} The files are kept: deliver them again later.</source>
        <translation>{problem} الملفات محفوظة: سلّمها مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Save my work to a file</source>
        <translation>حفظ عملي في ملف</translation>
    </message>
    <message>
        <source>Saved Lantern work (*{suffix})</source>
        <translation>عمل Lantern المحفوظ (*{suffix})</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Quiz scores over time</source>
        <translation>درجات الاختبارات عبر الزمن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln [quiz|quizzes]; latest {score}</source>
        <translation>
            <numerusform>%Ln اختبار؛ آخر درجة {score}</numerusform>
            <numerusform>اختبار واحد؛ آخر درجة {score}</numerusform>
            <numerusform>اختباران؛ آخر درجة {score}</numerusform>
            <numerusform>%Ln اختبارات؛ آخر درجة {score}</numerusform>
            <numerusform>%Ln اختبارًا؛ آخر درجة {score}</numerusform>
            <numerusform>%Ln اختبار؛ آخر درجة {score}</numerusform>
        </translation>
    </message>
    <message>
        <source>No quiz scores yet</source>
        <translation>لا توجد درجات اختبارات بعد</translation>
    </message>
    <message>
        <source>pass {score}</source>
        <translation>النجاح {score}</translation>
    </message>
    <message>
        <source>No quizzes taken yet</source>
        <translation>لم تُجرِ أي اختبار بعد</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Change &amp;server…</source>
        <translation>تغيير ال&amp;خادم…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;تسجيل الخروج…</translation>
    </message>
    <message>
        <source>Quick PIN</source>
        <translation>رمز PIN السريع</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>رمز PIN الجديد</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>من ٤ إلى ٨ أرقام</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>تعيين &amp;رمز PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>إ&amp;زالة رمز PIN</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <source>&amp;Clear this learner&apos;s data on this computer…</source>
        <translation>&amp;حذف بيانات هذا المتعلّم من هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Leave the &amp;leaderboard (others won&apos;t see my name or points)</source>
        <translation>مغادرة &amp;لوحة المتصدّرين (لن يرى الآخرون اسمي أو نقاطي)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>مفتاح المشروع</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>البيانات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number}٪</translation>
    </message>
    <message>
        <source>Also Ctrl+= and Ctrl+− anywhere, Ctrl+0 for 100 %</source>
        <translation>يمكنك أيضًا استخدام Ctrl+= و Ctrl+− في أي مكان، و Ctrl+0 للعودة إلى ١٠٠٪</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Lantern shows the new language when it starts again.</source>
        <translation>يعرض Lantern اللغة الجديدة عند تشغيله مرة أخرى.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>الأل&amp;وان</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>ح&amp;جم النص</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>مسجّل الدخول باسم</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>Guest (work stays on this computer)</source>
        <translation>ضيف (يبقى العمل على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Change &amp;PIN</source>
        <translation>تغيير &amp;رمز PIN</translation>
    </message>
    <message>
        <source>Your PIN opens your courses on this computer after you sign out.</source>
        <translation>يفتح رمز PIN دوراتك على هذا الحاسوب بعد تسجيل الخروج.</translation>
    </message>
    <message>
        <source>Choose a PIN to open your courses on this computer without your password.</source>
        <translation>اختر رمز PIN لفتح دوراتك على هذا الحاسوب دون كلمة المرور.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>يتكوّن رمز PIN من ٤ إلى ٨ أرقام.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Their PIN or password is needed to open their courses here again.</source>
        <translation>سيحتاج إلى رمز PIN أو كلمة المرور لفتح دوراته هنا مرة أخرى.</translation>
    </message>
    <message>
        <source>Their password is needed to open their courses here again.</source>
        <translation>سيحتاج إلى كلمة المرور لفتح دوراته هنا مرة أخرى.</translation>
    </message>
    <message>
        <source>Sign {name} out of Lantern on this computer?</source>
        <translation>هل تريد تسجيل خروج {name} من Lantern على هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Delete {name}&apos;s downloaded courses and progress from this computer? What is already on the server is kept.</source>
        <translation>هل تريد حذف الدورات المنزّلة والتقدّم الخاص بـ {name} من هذا الحاسوب؟ ما وصل إلى الخادم يبقى محفوظًا.</translation>
    </message>
    <message numerus="yes">
        <source>Careful: %Ln change(s) [hasn&apos;t|haven&apos;t] reached the server yet and would be lost.</source>
        <translation>
            <numerusform>انتبه: هناك %Ln تغيير لم يصل إلى الخادم بعد وسيضيع.</numerusform>
            <numerusform>انتبه: هناك تغيير واحد لم يصل إلى الخادم بعد وسيضيع.</numerusform>
            <numerusform>انتبه: هناك تغييران لم يصلا إلى الخادم بعد وسيضيعان.</numerusform>
            <numerusform>انتبه: هناك %Ln تغييرات لم تصل إلى الخادم بعد وستضيع.</numerusform>
            <numerusform>انتبه: هناك %Ln تغييرًا لم تصل إلى الخادم بعد وستضيع.</numerusform>
            <numerusform>انتبه: هناك %Ln تغيير لم تصل إلى الخادم بعد وستضيع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation>حذف البيانات المحلية</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Welcome to Lantern</source>
        <translation>مرحبًا بك في Lantern</translation>
    </message>
    <message>
        <source>Learners on this computer</source>
        <translation>المتعلّمون على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>Use my P&amp;IN</source>
        <translation>استخدام &amp;رمز PIN الخاص بي</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>&amp;نسيت كلمة المرور؟</translation>
    </message>
    <message>
        <source>Sh&amp;ow passwords</source>
        <translation>&amp;عرض كلمات المرور</translation>
    </message>
    <message>
        <source>Sh&amp;ow password</source>
        <translation>&amp;عرض كلمة المرور</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>إنشاء &amp;حساب</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;demo server</source>
        <translation>&amp;خادم تجريبي على هذا الحاسوب</translation>
    </message>
    <message>
        <source>My sc&amp;hool&apos;s server</source>
        <translation>خادم م&amp;درستي</translation>
    </message>
    <message>
        <source>Advanced: &amp;type the server address and key</source>
        <translation>متقدّم: &amp;كتابة عنوان الخادم والمفتاح</translation>
    </message>
    <message>
        <source>Check and sa&amp;ve</source>
        <translation>&amp;فحص وحفظ</translation>
    </message>
    <message>
        <source>Study as a &amp;guest</source>
        <translation>الدراسة ك&amp;ضيف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>مفتاح المشروع</translation>
    </message>
    <message>
        <source>Setup code or link</source>
        <translation>رمز الإعداد أو الرابط</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>رمز PIN جديد</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln character(s)</source>
        <translation>
            <numerusform>%Ln حرف على الأقل</numerusform>
            <numerusform>حرف واحد على الأقل</numerusform>
            <numerusform>حرفان على الأقل</numerusform>
            <numerusform>%Ln أحرف على الأقل</numerusform>
            <numerusform>%Ln حرفًا على الأقل</numerusform>
            <numerusform>%Ln حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>optional: {low} to {high} digits</source>
        <translation>اختياري: من {low} إلى {high} أرقام</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Quick PIN</source>
        <translation>رمز PIN ال&amp;سريع</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;اسم المستخدم</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>&amp;تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Paste your school&apos;s setup code or &amp;link</source>
        <translation>الصق رمز الإعداد من مدرستك أو &amp;الرابط</translation>
    </message>
    <message>
        <source>lantern1.… or lantern://setup?…</source>
        <translation>lantern1.… أو lantern://setup?…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Project &amp;key</source>
        <translation>مفتاح الم&amp;شروع</translation>
    </message>
    <message>
        <source>Server: not chosen yet</source>
        <translation>الخادم: لم يُختر بعد</translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation>الخادم: {address}</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({username}) — signed out — %Ln unsynced</source>
        <translation>
            <numerusform>{name} ({username}) — سجّل الخروج — %Ln تغيير غير متزامن</numerusform>
            <numerusform>{name} ({username}) — سجّل الخروج — تغيير واحد غير متزامن</numerusform>
            <numerusform>{name} ({username}) — سجّل الخروج — تغييران غير متزامنين</numerusform>
            <numerusform>{name} ({username}) — سجّل الخروج — %Ln تغييرات غير متزامنة</numerusform>
            <numerusform>{name} ({username}) — سجّل الخروج — %Ln تغييرًا غير متزامن</numerusform>
            <numerusform>{name} ({username}) — سجّل الخروج — %Ln تغيير غير متزامن</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({username}) — signed out</source>
        <translation>{name} ({username}) — سجّل الخروج</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({username}) — %Ln unsynced</source>
        <translation>
            <numerusform>{name} ({username}) — %Ln تغيير غير متزامن</numerusform>
            <numerusform>{name} ({username}) — تغيير واحد غير متزامن</numerusform>
            <numerusform>{name} ({username}) — تغييران غير متزامنين</numerusform>
            <numerusform>{name} ({username}) — %Ln تغييرات غير متزامنة</numerusform>
            <numerusform>{name} ({username}) — %Ln تغييرًا غير متزامن</numerusform>
            <numerusform>{name} ({username}) — %Ln تغيير غير متزامن</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <source>Nobody yet — sign in or create an account</source>
        <translation>لا أحد بعد — سجّل الدخول أو أنشئ حسابًا</translation>
    </message>
    <message>
        <source>{name} signed out on this computer. Type the PIN to continue.</source>
        <translation>سجّل {name} الخروج على هذا الحاسوب. اكتب رمز PIN للمتابعة.</translation>
    </message>
    <message>
        <source>{name} signed out on this computer. Type the password to continue.</source>
        <translation>سجّل {name} الخروج على هذا الحاسوب. اكتب كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Choose your school&apos;s server first.</source>
        <translation>اختر خادم مدرستك أولًا.</translation>
    </message>
    <message>
        <source>This learner signed out; type their password to continue.</source>
        <translation>سجّل هذا المتعلّم الخروج؛ اكتب كلمة مروره للمتابعة.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Type the PIN first.</source>
        <translation>اكتب رمز PIN أولًا.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>اكتب كلمة المرور أولًا.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقّق…</translation>
    </message>
    <message>
        <source>Type your email and password.</source>
        <translation>اكتب بريدك الإلكتروني وكلمة المرور.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits; leave it empty to keep none.</source>
        <translation>يتكوّن رمز PIN من {low} إلى {high} أرقام؛ اتركه فارغًا إن كنت لا تريد رمزًا.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message numerus="yes">
        <source>Choose a username of at least %Ln character(s).</source>
        <translation>
            <numerusform>اختر اسم مستخدم من %Ln حرف على الأقل.</numerusform>
            <numerusform>اختر اسم مستخدم من حرف واحد على الأقل.</numerusform>
            <numerusform>اختر اسم مستخدم من حرفين على الأقل.</numerusform>
            <numerusform>اختر اسم مستخدم من %Ln أحرف على الأقل.</numerusform>
            <numerusform>اختر اسم مستخدم من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>اختر اسم مستخدم من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in every field to create an account.</source>
        <translation>املأ كل الحقول لإنشاء حساب.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %Ln character(s).</source>
        <translation>
            <numerusform>اختر كلمة مرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>اختر كلمة مرور من حرف واحد على الأقل.</numerusform>
            <numerusform>اختر كلمة مرور من حرفين على الأقل.</numerusform>
            <numerusform>اختر كلمة مرور من %Ln أحرف على الأقل.</numerusform>
            <numerusform>اختر كلمة مرور من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>اختر كلمة مرور من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>جارٍ إنشاء حسابك…</translation>
    </message>
    <message>
        <source>Opening the sample course…</source>
        <translation>جارٍ فتح الدورة النموذجية…</translation>
    </message>
    <message>
        <source>Setup code for {address}. Press Check and save.</source>
        <translation>رمز إعداد للخادم {address}. اضغط «فحص وحفظ».</translation>
    </message>
    <message>
        <source>Paste the setup code or link your school gave you.</source>
        <translation>الصق رمز الإعداد أو الرابط الذي أعطتك إياه مدرستك.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>جارٍ التحقّق من الخادم…</translation>
    </message>
    <message>
        <source>Connected to {address}. Now sign in or create an account.</source>
        <translation>تم الاتصال بالخادم {address}. سجّل الدخول الآن أو أنشئ حسابًا.</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <source>Your rating</source>
        <translation>تقييمك</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <source>{stars} of {most} stars</source>
        <translation>{stars} من {most} نجوم</translation>
    </message>
    <message>
        <source>Your rating: {rating}. Arrow keys or 1–5 change it.</source>
        <translation>تقييمك: {rating}. غيّره بمفاتيح الأسهم أو 1–5.</translation>
    </message>
</context>
<context>
    <name>StorageView</name>
    <message>
        <source>Storage</source>
        <translation>التخزين</translation>
    </message>
    <message>
        <source>Measuring the downloads…</source>
        <translation>جارٍ قياس التنزيلات…</translation>
    </message>
    <message>
        <source>Downloaded courses</source>
        <translation>الدورات المنزّلة</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>No course is downloaded to this computer.</source>
        <translation>لم تُنزَّل أي دورة على هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded course(s) [uses|use] {total} of this computer; {free} free on its disk.</source>
        <translation>
            <numerusform>تشغل %Ln دورة منزّلة {total} من هذا الحاسوب؛ والمساحة الحرّة على قرصه {free}.</numerusform>
            <numerusform>تشغل دورة واحدة منزّلة {total} من هذا الحاسوب؛ والمساحة الحرّة على قرصه {free}.</numerusform>
            <numerusform>تشغل دورتان منزّلتان {total} من هذا الحاسوب؛ والمساحة الحرّة على قرصه {free}.</numerusform>
            <numerusform>تشغل %Ln دورات منزّلة {total} من هذا الحاسوب؛ والمساحة الحرّة على قرصه {free}.</numerusform>
            <numerusform>تشغل %Ln دورة منزّلة {total} من هذا الحاسوب؛ والمساحة الحرّة على قرصه {free}.</numerusform>
            <numerusform>تشغل %Ln دورة منزّلة {total} من هذا الحاسوب؛ والمساحة الحرّة على قرصه {free}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lessons {lessons}, pictures and files {files} (%Ln file(s))</source>
        <translation>
            <numerusform>الدروس {lessons}، الصور والملفات {files} (%Ln ملف)</numerusform>
            <numerusform>الدروس {lessons}، الصور والملفات {files} (ملف واحد)</numerusform>
            <numerusform>الدروس {lessons}، الصور والملفات {files} (ملفان)</numerusform>
            <numerusform>الدروس {lessons}، الصور والملفات {files} (%Ln ملفات)</numerusform>
            <numerusform>الدروس {lessons}، الصور والملفات {files} (%Ln ملفًا)</numerusform>
            <numerusform>الدروس {lessons}، الصور والملفات {files} (%Ln ملف)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove the download of {title}</source>
        <translation>إزالة تنزيل {title}</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>إزالة التنزيل</translation>
    </message>
    <message>
        <source>Remove the download of “{title}” from this computer? It gives back {size}. Your progress, time and quiz attempts stay; download the course again to read it offline.</source>
        <translation>هل تريد إزالة تنزيل «{title}» من هذا الحاسوب؟ سيُحرّر ذلك {size}. يبقى تقدّمك ووقتك ومحاولات الاختبار؛ نزّل الدورة مرة أخرى لقراءتها دون اتصال.</translation>
    </message>
</context>
<context>
    <name>StudyTimeChart</name>
    <message>
        <source>Study minutes per day, last 30 days</source>
        <translation>دقائق الدراسة في اليوم، آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <source>{minutes} over {days}; studied on {active}</source>
        <translation>المجموع: {minutes}؛ المدة: {days}؛ أيام الدراسة: {active}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>the first and last days under the study chart</comment>
        <translation>dd MMM</translation>
    </message>
    <message>
        <source>{minutes}m</source>
        <comment>the study chart&apos;s top, in minutes</comment>
        <translation>{minutes} د</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إع&amp;ادة المحاولة</translation>
    </message>
    <message>
        <source>Retry sync</source>
        <translation>إعادة محاولة المزامنة</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>سجّل الدخول للمزامنة</translation>
    </message>
    <message>
        <source>Sign in or create an account to keep your progress on the school&apos;s server.</source>
        <translation>سجّل الدخول أو أنشئ حسابًا لتحفظ تقدّمك على خادم المدرسة.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;زامِن الآن</translation>
    </message>
    <message>
        <source>Send your work and fetch what changed on the server</source>
        <translation>إرسال عملك وجلب ما تغيّر على الخادم</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>ال&amp;عمل دون اتصال</translation>
    </message>
    <message>
        <source>Stop using the network; your work is saved and syncs later</source>
        <translation>التوقف عن استخدام الشبكة؛ يُحفظ عملك وتتم مزامنته لاحقًا</translation>
    </message>
    <message>
        <source>&amp;Get ready for offline…</source>
        <translation>الا&amp;ستعداد للعمل دون اتصال…</translation>
    </message>
    <message>
        <source>Download every enrolled course and send all waiting work</source>
        <translation>تنزيل كل دورة مسجّل فيها وإرسال كل العمل المنتظر</translation>
    </message>
    <message>
        <source>Save my &amp;work to a file…</source>
        <translation>&amp;حفظ عملي في ملف…</translation>
    </message>
    <message>
        <source>Put the changes waiting to be sent in a file another Lantern can deliver</source>
        <translation>وضع التغييرات المنتظرة للإرسال في ملف يستطيع Lantern آخر تسليمه</translation>
    </message>
    <message>
        <source>&amp;Deliver saved work…</source>
        <translation>&amp;تسليم العمل المحفوظ…</translation>
    </message>
    <message>
        <source>Send work saved on other computers to the server with your account</source>
        <translation>إرسال العمل المحفوظ على حواسيب أخرى إلى الخادم باستخدام حسابك</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>ت&amp;بديل المتعلّم…</translation>
    </message>
    <message>
        <source>Sign o&amp;ut…</source>
        <translation>تسجيل ال&amp;خروج…</translation>
    </message>
    <message>
        <source>&amp;Preview course package…</source>
        <translation>&amp;معاينة حزمة دورة…</translation>
    </message>
    <message>
        <source>Open a course package folder as learners will see it</source>
        <translation>فتح مجلد حزمة دورة كما سيراه المتعلّمون</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>ال&amp;فهرس</translation>
    </message>
    <message>
        <source>&amp;My courses</source>
        <translation>&amp;دوراتي</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>الإ&amp;شعارات</translation>
    </message>
    <message>
        <source>&amp;Pending changes</source>
        <translation>التغييرات ال&amp;معلّقة</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Find courses</source>
        <translation>ال&amp;بحث عن دورات</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;تكبير النص</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;دليل البدء</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation>&amp;حول Lantern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>attempts</name>
    <message>
        <source>{when} — submitted, waiting for the server&apos;s grade</source>
        <translation>{when} — أُرسلت، بانتظار درجة الخادم</translation>
    </message>
    <message>
        <source>{when} — {score}/{max_score} ({percent}), passed</source>
        <translation>{when} — {score}/{max_score} ({percent})، ناجحة</translation>
    </message>
    <message>
        <source>{when} — {score}/{max_score} ({percent}), not passed</source>
        <translation>{when} — {score}/{max_score} ({percent})، غير ناجحة</translation>
    </message>
    <message>
        <source>{attempt} · server&apos;s grade: {score}/{max_score}</source>
        <translation>{attempt} · درجة الخادم: {score}/{max_score}</translation>
    </message>
    <message>
        <source>{when} — the quiz changed since you took it; not counted (take it as it is now)</source>
        <translation>{when} — تغيّر الاختبار منذ أن أجريته؛ لم تُحتسب (أجرِه بصيغته الحالية)</translation>
    </message>
    <message>
        <source>{when} — over the attempt limit, not counted</source>
        <translation>{when} — تجاوزت حدّ المحاولات، لم تُحتسب</translation>
    </message>
    <message numerus="yes">
        <source>{score} of %Ln point(s) ({percent}). Not passed yet — {pass_mark} passes</source>
        <translation>
            <numerusform>{score} من %Ln نقطة ({percent}). لم تنجح بعد — درجة النجاح {pass_mark}</numerusform>
            <numerusform>{score} من نقطة واحدة ({percent}). لم تنجح بعد — درجة النجاح {pass_mark}</numerusform>
            <numerusform>{score} من نقطتين ({percent}). لم تنجح بعد — درجة النجاح {pass_mark}</numerusform>
            <numerusform>{score} من %Ln نقاط ({percent}). لم تنجح بعد — درجة النجاح {pass_mark}</numerusform>
            <numerusform>{score} من %Ln نقطةً ({percent}). لم تنجح بعد — درجة النجاح {pass_mark}</numerusform>
            <numerusform>{score} من %Ln نقطة ({percent}). لم تنجح بعد — درجة النجاح {pass_mark}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{score} of %Ln point(s) ({percent}). Passed ✓</source>
        <translation>
            <numerusform>{score} من %Ln نقطة ({percent}). نجحت ✓</numerusform>
            <numerusform>{score} من نقطة واحدة ({percent}). نجحت ✓</numerusform>
            <numerusform>{score} من نقطتين ({percent}). نجحت ✓</numerusform>
            <numerusform>{score} من %Ln نقاط ({percent}). نجحت ✓</numerusform>
            <numerusform>{score} من %Ln نقطةً ({percent}). نجحت ✓</numerusform>
            <numerusform>{score} من %Ln نقطة ({percent}). نجحت ✓</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{grade} — you earn %Ln point(s)</source>
        <translation>
            <numerusform>{grade} — تكسب %Ln نقطة</numerusform>
            <numerusform>{grade} — تكسب نقطة واحدة</numerusform>
            <numerusform>{grade} — تكسب نقطتين</numerusform>
            <numerusform>{grade} — تكسب %Ln نقاط</numerusform>
            <numerusform>{grade} — تكسب %Ln نقطةً</numerusform>
            <numerusform>{grade} — تكسب %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>One attempt only; it counts.</source>
        <translation>محاولة واحدة فقط، وهي التي تُحتسب.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %Ln attempt(s); your last counts.</source>
        <translation>
            <numerusform>حتى %Ln محاولة؛ تُحتسب آخر محاولة لك.</numerusform>
            <numerusform>محاولة واحدة فقط؛ تُحتسب آخر محاولة لك.</numerusform>
            <numerusform>حتى محاولتين؛ تُحتسب آخر محاولة لك.</numerusform>
            <numerusform>حتى %Ln محاولات؛ تُحتسب آخر محاولة لك.</numerusform>
            <numerusform>حتى %Ln محاولةً؛ تُحتسب آخر محاولة لك.</numerusform>
            <numerusform>حتى %Ln محاولة؛ تُحتسب آخر محاولة لك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %Ln attempt(s); your best counts.</source>
        <translation>
            <numerusform>حتى %Ln محاولة؛ تُحتسب أفضل محاولة لك.</numerusform>
            <numerusform>محاولة واحدة فقط؛ تُحتسب أفضل محاولة لك.</numerusform>
            <numerusform>حتى محاولتين؛ تُحتسب أفضل محاولة لك.</numerusform>
            <numerusform>حتى %Ln محاولات؛ تُحتسب أفضل محاولة لك.</numerusform>
            <numerusform>حتى %Ln محاولةً؛ تُحتسب أفضل محاولة لك.</numerusform>
            <numerusform>حتى %Ln محاولة؛ تُحتسب أفضل محاولة لك.</numerusform>
        </translation>
    </message>
    <message>
        <source>You passed this quiz; another attempt would not count.</source>
        <translation>نجحت في هذا الاختبار؛ لن تُحتسب أي محاولة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>You have used all %Ln attempt(s); another attempt would not count.</source>
        <translation>
            <numerusform>استخدمت كل محاولاتك (%Ln)؛ لن تُحتسب أي محاولة أخرى.</numerusform>
            <numerusform>استخدمت محاولتك الوحيدة؛ لن تُحتسب أي محاولة أخرى.</numerusform>
            <numerusform>استخدمت محاولتيك كلتيهما؛ لن تُحتسب أي محاولة أخرى.</numerusform>
            <numerusform>استخدمت كل محاولاتك (%Ln)؛ لن تُحتسب أي محاولة أخرى.</numerusform>
            <numerusform>استخدمت كل محاولاتك (%Ln)؛ لن تُحتسب أي محاولة أخرى.</numerusform>
            <numerusform>استخدمت كل محاولاتك (%Ln)؛ لن تُحتسب أي محاولة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have used {used} of {max_attempts}.</source>
        <translation>استخدمت {used} من {max_attempts}.</translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>This lesson links to:

{address}

Open it in your e-mail program?</source>
        <extracomment>maps an image reference in a lesson (&quot;images/loop.png&quot;) to a cached file, or None</extracomment>
        <translation>يرتبط هذا الدرس بـ:

{address}

هل تريد فتحه في برنامج البريد الإلكتروني؟</translation>
    </message>
    <message>
        <source>This lesson links to:

{address}

Open it in your web browser?</source>
        <translation>يرتبط هذا الدرس بـ:

{address}

هل تريد فتحه في متصفّح الويب؟</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>هل تريد فتح هذا الرابط؟</translation>
    </message>
</context>
<context>
    <name>class_page</name>
    <message>
        <source>once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>مرتين</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln مرة</numerusform>
            <numerusform>مرة واحدة</numerusform>
            <numerusform>مرتين</numerusform>
            <numerusform>%Ln مرات</numerusform>
            <numerusform>%Ln مرةً</numerusform>
            <numerusform>%Ln مرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Lantern: study courses offline and sync your progress when you are online.</source>
        <translation>Lantern: ادرس الدورات دون اتصال وزامِن تقدّمك عندما تكون متصلًا.</translation>
    </message>
    <message>
        <source>,</source>
        <comment>the separator between groups of three digits: 12,345</comment>
        <translation>٬</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal point: 7.5</comment>
        <translation>٫</translation>
    </message>
    <message>
        <source>, </source>
        <comment>the separator between the items of a list</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>cli.account</name>
    <message>
        <source>sign a learner in on this computer</source>
        <translation>تسجيل دخول متعلّم على هذا الحاسوب</translation>
    </message>
    <message>
        <source>sign a learner out (their work is kept)</source>
        <translation>تسجيل خروج متعلّم (يُحتفظ بعمله)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>كلمة المرور: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>لم تُدخَل كلمة مرور.</translation>
    </message>
    <message>
        <source>Not signed in: {error}</source>
        <translation>لم يتم تسجيل الدخول: {error}</translation>
    </message>
    <message>
        <source>Signed in as {name} &lt;{email}&gt;.</source>
        <translation>تم تسجيل الدخول باسم {name} &lt;{email}&gt;.</translation>
    </message>
    <message>
        <source>Your session is kept in {place}.</source>
        <translation>جلستك محفوظة في {place}.</translation>
    </message>
    <message>
        <source>Signed out {email}.</source>
        <translation>تم تسجيل خروج {email}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet synced [is|are] kept on this computer and will be sent when this learner signs in again.</source>
        <translation>
            <numerusform>%Ln تغيير لم تتم مزامنتها بعد محفوظة على هذا الحاسوب، وستُرسل عندما يسجّل هذا المتعلّم الدخول مرة أخرى.</numerusform>
            <numerusform>تغيير واحد لم تتم مزامنته بعد محفوظ على هذا الحاسوب، وسيُرسل عندما يسجّل هذا المتعلّم الدخول مرة أخرى.</numerusform>
            <numerusform>تغييران لم تتم مزامنتهما بعد محفوظان على هذا الحاسوب، وسيُرسلان عندما يسجّل هذا المتعلّم الدخول مرة أخرى.</numerusform>
            <numerusform>%Ln تغييرات لم تتم مزامنتها بعد محفوظة على هذا الحاسوب، وستُرسل عندما يسجّل هذا المتعلّم الدخول مرة أخرى.</numerusform>
            <numerusform>%Ln تغييرًا لم تتم مزامنتها بعد محفوظة على هذا الحاسوب، وستُرسل عندما يسجّل هذا المتعلّم الدخول مرة أخرى.</numerusform>
            <numerusform>%Ln تغيير لم تتم مزامنتها بعد محفوظة على هذا الحاسوب، وستُرسل عندما يسجّل هذا المتعلّم الدخول مرة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.check</name>
    <message>
        <source>check a course package (a folder or a zip) and summarise it</source>
        <translation>فحص حزمة دورة (مجلد أو ملف zip) وتلخيصها</translation>
    </message>
    <message>
        <source>the course package to check</source>
        <translation>حزمة الدورة المراد فحصها</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in {package}; nothing was imported or published.</source>
        <translation>
            <numerusform>وُجدت %Ln مشكلة في {package}؛ لم يُستورد أو يُنشر أي شيء.</numerusform>
            <numerusform>وُجدت مشكلة واحدة في {package}؛ لم يُستورد أو يُنشر أي شيء.</numerusform>
            <numerusform>وُجدت مشكلتان في {package}؛ لم يُستورد أو يُنشر أي شيء.</numerusform>
            <numerusform>وُجدت %Ln مشكلات في {package}؛ لم يُستورد أو يُنشر أي شيء.</numerusform>
            <numerusform>وُجدت %Ln مشكلة في {package}؛ لم يُستورد أو يُنشر أي شيء.</numerusform>
            <numerusform>وُجدت %Ln مشكلة في {package}؛ لم يُستورد أو يُنشر أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>no category</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>نحو {hours} س</translation>
    </message>
    <message>
        <source>no duration</source>
        <translation>بلا مدة</translation>
    </message>
    <message>
        <source>lesson</source>
        <comment>the heading of the lessons&apos; column</comment>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>min</source>
        <comment>the heading of the lessons&apos; minutes column</comment>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>quiz</source>
        <comment>the heading of the lessons&apos; quiz column</comment>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>id {id} · slug {slug}</source>
        <translation>المعرّف {id} · الاسم المختصر {slug}</translation>
    </message>
    <message>
        <source>{lessons}, {questions}, {files}, {achievements}, {size} in all.</source>
        <translation>{lessons}، {questions}، {files}، {achievements}، والحجم الكلي {size}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s)</source>
        <translation>
            <numerusform>%Ln درس</numerusform>
            <numerusform>درس واحد</numerusform>
            <numerusform>درسان</numerusform>
            <numerusform>%Ln دروس</numerusform>
            <numerusform>%Ln درسًا</numerusform>
            <numerusform>%Ln درس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln سؤال</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%Ln أسئلة</numerusform>
            <numerusform>%Ln سؤالًا</numerusform>
            <numerusform>%Ln سؤال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln achievement(s)</source>
        <translation>
            <numerusform>%Ln إنجاز</numerusform>
            <numerusform>إنجاز واحد</numerusform>
            <numerusform>إنجازان</numerusform>
            <numerusform>%Ln إنجازات</numerusform>
            <numerusform>%Ln إنجازًا</numerusform>
            <numerusform>%Ln إنجاز</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message>
        <source>beginner</source>
        <comment>a course&apos;s difficulty</comment>
        <translation>مبتدئ</translation>
    </message>
    <message>
        <source>intermediate</source>
        <comment>a course&apos;s difficulty</comment>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>advanced</source>
        <comment>a course&apos;s difficulty</comment>
        <translation>متقدّم</translation>
    </message>
    <message>
        <source>practice</source>
        <comment>a quiz&apos;s mode</comment>
        <translation>تدريبي</translation>
    </message>
    <message>
        <source>assessed</source>
        <comment>a quiz&apos;s mode</comment>
        <translation>تقييمي</translation>
    </message>
    <message>
        <source>premium, {price}</source>
        <translation>مميّز، {price}</translation>
    </message>
    <message>
        <source>free</source>
        <comment>a course&apos;s price</comment>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>price {price}</source>
        <translation>السعر {price}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s)</source>
        <translation>
            <numerusform>%Ln مقطع فيديو</numerusform>
            <numerusform>مقطع فيديو واحد</numerusform>
            <numerusform>مقطعا فيديو</numerusform>
            <numerusform>%Ln مقاطع فيديو</numerusform>
            <numerusform>%Ln مقطع فيديو</numerusform>
            <numerusform>%Ln مقطع فيديو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sound(s)</source>
        <translation>
            <numerusform>%Ln مقطع صوتي</numerusform>
            <numerusform>مقطع صوتي واحد</numerusform>
            <numerusform>مقطعان صوتيان</numerusform>
            <numerusform>%Ln مقاطع صوتية</numerusform>
            <numerusform>%Ln مقطعًا صوتيًا</numerusform>
            <numerusform>%Ln مقطع صوتي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF(s)</source>
        <translation>
            <numerusform>%Ln ملف PDF</numerusform>
            <numerusform>ملف PDF واحد</numerusform>
            <numerusform>ملفا PDF</numerusform>
            <numerusform>%Ln ملفات PDF</numerusform>
            <numerusform>%Ln ملف PDF</numerusform>
            <numerusform>%Ln ملف PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mode}, %Ln question(s)</source>
        <translation>
            <numerusform>{mode}، %Ln سؤال</numerusform>
            <numerusform>{mode}، سؤال واحد</numerusform>
            <numerusform>{mode}، سؤالان</numerusform>
            <numerusform>{mode}، %Ln أسئلة</numerusform>
            <numerusform>{mode}، %Ln سؤالًا</numerusform>
            <numerusform>{mode}، %Ln سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>a lesson without a quiz</comment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>(free preview)</source>
        <translation>(معاينة مجانية)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} ميغابايت</translation>
    </message>
</context>
<context>
    <name>cli.class</name>
    <message>
        <source>a course you teach: its learners, lessons and who needs help</source>
        <translation>دورة تدرّسها: متعلّموها ودروسها ومن يحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>the course id or (part of) its title</source>
        <translation>معرّف الدورة أو عنوانها (أو جزء منه)</translation>
    </message>
    <message>
        <source>write the class to FILE as a spreadsheet (CSV, one row per learner and lesson)</source>
        <translation>كتابة الصف في FILE كجدول بيانات (CSV، سطر لكل متعلّم ودرس)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>مخرجات قابلة للقراءة آليًا</translation>
    </message>
    <message>
        <source>Wrote the class of “{title}” ({learners}, {rows}) to {path}.</source>
        <translation>تمت كتابة صف «{title}» ({learners}، {rows}) في {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln متعلّم</numerusform>
            <numerusform>متعلّم واحد</numerusform>
            <numerusform>متعلّمان</numerusform>
            <numerusform>%Ln متعلّمين</numerusform>
            <numerusform>%Ln متعلّمًا</numerusform>
            <numerusform>%Ln متعلّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln سطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%Ln أسطر</numerusform>
            <numerusform>%Ln سطرًا</numerusform>
            <numerusform>%Ln سطر</numerusform>
        </translation>
    </message>
    <message>
        <source>You teach no course on this computer: nobody has signed in here yet; sign in as the course&apos;s instructor (lantern login --email …) and run lantern sync.</source>
        <translation>لا تدرّس أي دورة على هذا الحاسوب: لم يسجّل أحد الدخول هنا بعد؛ سجّل الدخول بحساب مدرّب الدورة (lantern login --email …) ثم شغّل lantern sync.</translation>
    </message>
    <message>
        <source>You ({email}) teach no course on this computer; sign in as the course&apos;s instructor and run lantern sync.</source>
        <translation>أنت ({email}) لا تدرّس أي دورة على هذا الحاسوب؛ سجّل الدخول بحساب مدرّب الدورة ثم شغّل lantern sync.</translation>
    </message>
    <message>
        <source>You teach no course matching “{wanted}” on this computer; yours here: {courses}.</source>
        <translation>لا تدرّس على هذا الحاسوب أي دورة تطابق «{wanted}»؛ دوراتك هنا: {courses}.</translation>
    </message>
    <message>
        <source>“{wanted}” matches several courses you teach: {courses}; give more of the title, or the id.</source>
        <translation>«{wanted}» يطابق عدة دورات تدرّسها: {courses}؛ اكتب جزءًا أطول من العنوان، أو المعرّف.</translation>
    </message>
    <message>
        <source>Cannot write the class to {path}: {why}.</source>
        <translation>تعذّرت كتابة الصف في {path}: {why}.</translation>
    </message>
    <message>
        <source>it is a folder; name a file in it, such as {path}</source>
        <translation>إنه مجلد؛ اذكر اسم ملف داخله، مثل {path}</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>المجلد {path} غير موجود</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <source>{title} — as of {when}</source>
        <translation>{title} — آخر مزامنة {when}</translation>
    </message>
    <message>
        <source>{title} — not synced yet (run lantern sync to fetch the class)</source>
        <translation>{title} — لم تتم المزامنة بعد (شغّل lantern sync لجلب الصف)</translation>
    </message>
    <message>
        <source>No learner is enrolled yet.</source>
        <translation>لا يوجد متعلّم مسجّل بعد.</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>الدروس:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s) left the course (not listed).</source>
        <translation>
            <numerusform>غادر الدورة %Ln متعلّم (غير مُدرجين).</numerusform>
            <numerusform>غادر الدورة متعلّم واحد (غير مُدرج).</numerusform>
            <numerusform>غادر الدورة متعلّمان (غير مُدرجَين).</numerusform>
            <numerusform>غادر الدورة %Ln متعلّمين (غير مُدرجين).</numerusform>
            <numerusform>غادر الدورة %Ln متعلّمًا (غير مُدرجين).</numerusform>
            <numerusform>غادر الدورة %Ln متعلّم (غير مُدرجين).</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <comment>a column of the class table</comment>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Lessons</source>
        <comment>a column of the class table</comment>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>a column of the class table</comment>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>a column of the class table</comment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Last active</source>
        <comment>a column of the class table</comment>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Points</source>
        <comment>a column of the class table</comment>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Needs help</source>
        <comment>a column of the class table</comment>
        <translation>يحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last active</comment>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <source>not started, enrolled %Ln day(s) ago</source>
        <translation>
            <numerusform>لم يبدأ، سجّل اليوم</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ يوم واحد</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ يومين</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ %Ln أيام</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ %Ln يومًا</numerusform>
            <numerusform>لم يبدأ، مسجّل منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inactive for %Ln day(s)</source>
        <translation>
            <numerusform>غير نشط منذ %Ln يوم</numerusform>
            <numerusform>غير نشط منذ يوم واحد</numerusform>
            <numerusform>غير نشط منذ يومين</numerusform>
            <numerusform>غير نشط منذ %Ln أيام</numerusform>
            <numerusform>غير نشط منذ %Ln يومًا</numerusform>
            <numerusform>غير نشط منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>failed “{lesson}” once</source>
        <translation>رسب في «{lesson}» مرة واحدة</translation>
    </message>
    <message>
        <source>failed “{lesson}” twice</source>
        <translation>رسب في «{lesson}» مرتين</translation>
    </message>
    <message numerus="yes">
        <source>failed “{lesson}” %Ln time(s)</source>
        <translation>
            <numerusform>رسب في «{lesson}» %Ln مرة</numerusform>
            <numerusform>رسب في «{lesson}» مرة واحدة</numerusform>
            <numerusform>رسب في «{lesson}» مرتين</numerusform>
            <numerusform>رسب في «{lesson}» %Ln مرات</numerusform>
            <numerusform>رسب في «{lesson}» %Ln مرةً</numerusform>
            <numerusform>رسب في «{lesson}» %Ln مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>{lesson}: completed by {completed} of {learners}</source>
        <translation>{lesson}: أكمله {completed} من {learners}</translation>
    </message>
    <message>
        <source>no quiz</source>
        <translation>بلا اختبار</translation>
    </message>
    <message>
        <source>assessed quiz</source>
        <translation>اختبار تقييمي</translation>
    </message>
    <message>
        <source>practice quiz</source>
        <translation>اختبار تدريبي</translation>
    </message>
    <message>
        <source>{quiz} not tried yet</source>
        <translation>{quiz} لم يحاوله أحد بعد</translation>
    </message>
    <message>
        <source>{quiz} attempted by {attempted}, passed by {passed}</source>
        <translation>{quiz} حاوله {attempted} ونجح فيه {passed}</translation>
    </message>
    <message>
        <source>{quiz} attempted by {attempted}, passed by {passed}, average score {score}%</source>
        <translation>{quiz} حاوله {attempted} ونجح فيه {passed}، ومتوسط الدرجات {score}٪</translation>
    </message>
    <message numerus="yes">
        <source>most often missed: a question not on this computer ({missed} of %Ln attempt(s))</source>
        <translation>
            <numerusform>الأكثر خطأً: سؤال غير موجود على هذا الحاسوب ({missed} من %Ln محاولة)</numerusform>
            <numerusform>الأكثر خطأً: سؤال غير موجود على هذا الحاسوب ({missed} من محاولة واحدة)</numerusform>
            <numerusform>الأكثر خطأً: سؤال غير موجود على هذا الحاسوب ({missed} من محاولتين)</numerusform>
            <numerusform>الأكثر خطأً: سؤال غير موجود على هذا الحاسوب ({missed} من %Ln محاولات)</numerusform>
            <numerusform>الأكثر خطأً: سؤال غير موجود على هذا الحاسوب ({missed} من %Ln محاولةً)</numerusform>
            <numerusform>الأكثر خطأً: سؤال غير موجود على هذا الحاسوب ({missed} من %Ln محاولة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most often missed: “{question}” ({missed} of %Ln attempt(s))</source>
        <translation>
            <numerusform>الأكثر خطأً: «{question}» ({missed} من %Ln محاولة)</numerusform>
            <numerusform>الأكثر خطأً: «{question}» ({missed} من محاولة واحدة)</numerusform>
            <numerusform>الأكثر خطأً: «{question}» ({missed} من محاولتين)</numerusform>
            <numerusform>الأكثر خطأً: «{question}» ({missed} من %Ln محاولات)</numerusform>
            <numerusform>الأكثر خطأً: «{question}» ({missed} من %Ln محاولةً)</numerusform>
            <numerusform>الأكثر خطأً: «{question}» ({missed} من %Ln محاولة)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>the separator between the parts of a line</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>Lantern cannot use its data folder: {reason}.</source>
        <translation>لا يستطيع Lantern استخدام مجلد بياناته: {reason}.</translation>
    </message>
    <message>
        <source>Lantern cannot use {path}: {reason}.</source>
        <translation>لا يستطيع Lantern استخدام {path}: {reason}.</translation>
    </message>
    <message>
        <source>Lantern cannot use its data: {problem}.</source>
        <translation>لا يستطيع Lantern استخدام بياناته: {problem}.</translation>
    </message>
    <message>
        <source>where Lantern keeps its data (default: the user data folder)</source>
        <translation>مكان حفظ بيانات Lantern (الافتراضي: مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>the Supabase project URL (default: $SUPABASE_URL or the saved settings)</source>
        <translation>عنوان مشروع Supabase (الافتراضي: $SUPABASE_URL أو الإعدادات المحفوظة)</translation>
    </message>
    <message>
        <source>the project&apos;s anon key (default: $SUPABASE_ANON_KEY or the saved settings)</source>
        <translation>المفتاح العام (anon) للمشروع (الافتراضي: $SUPABASE_ANON_KEY أو الإعدادات المحفوظة)</translation>
    </message>
    <message>
        <source>which learner on this computer (default: the last one used)</source>
        <translation>أي متعلّم على هذا الحاسوب (الافتراضي: آخر متعلّم استُخدم)</translation>
    </message>
    <message>
        <source>No server is set up: pass --url and --anon-key, or set SUPABASE_URL and SUPABASE_ANON_KEY.</source>
        <translation>لم يُعَدّ أي خادم: مرّر --url و --anon-key، أو عيّن SUPABASE_URL و SUPABASE_ANON_KEY.</translation>
    </message>
    <message>
        <source>{email} signed out on this computer; sign in again first (lantern login --email {email}).</source>
        <translation>سجّل {email} الخروج على هذا الحاسوب؛ سجّل الدخول مرة أخرى أولًا (lantern login --email {email}).</translation>
    </message>
    <message>
        <source>This learner signed out on this computer; sign in again first (lantern login --email …).</source>
        <translation>سجّل هذا المتعلّم الخروج على هذا الحاسوب؛ سجّل الدخول مرة أخرى أولًا (lantern login --email …).</translation>
    </message>
    <message>
        <source>Note: {reason}. The damaged file was moved to {path}; your data will be fetched again from the server at the next sync.</source>
        <translation>ملاحظة: {reason}. نُقل الملف التالف إلى {path}؛ ستُجلب بياناتك من الخادم مرة أخرى عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>{email} has not signed in on this computer (lantern login --email …).</source>
        <translation>لم يسجّل {email} الدخول على هذا الحاسوب (lantern login --email …).</translation>
    </message>
    <message>
        <source>Nobody has signed in on this computer yet (lantern login --email …).</source>
        <translation>لم يسجّل أحد الدخول على هذا الحاسوب بعد (lantern login --email …).</translation>
    </message>
</context>
<context>
    <name>cli.errors</name>
    <message>
        <source>The server can&apos;t be reached right now.</source>
        <translation>يتعذّر الوصول إلى الخادم الآن.</translation>
    </message>
    <message>
        <source>Your session has ended; please sign in again.</source>
        <translation>انتهت جلستك؛ يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>That email and password don&apos;t match an account.</source>
        <translation>البريد الإلكتروني وكلمة المرور لا يطابقان أي حساب.</translation>
    </message>
    <message>
        <source>The server returned a session for another account.</source>
        <translation>أعاد الخادم جلسة لحساب آخر.</translation>
    </message>
    <message>
        <source>{path} should hold an object with url and anon_key</source>
        <translation>يجب أن يحتوي الملف {path} على كائن فيه url و anon_key</translation>
    </message>
    <message>
        <source>Give both the server URL and its anon key.</source>
        <translation>حدّد كلًّا من عنوان الخادم ومفتاحه العام (anon).</translation>
    </message>
    <message>
        <source>No server is set up: pass --url and --anon-key, or set SUPABASE_URL and SUPABASE_ANON_KEY.</source>
        <translation>لم يُعَدّ أي خادم: مرّر --url و --anon-key، أو عيّن SUPABASE_URL و SUPABASE_ANON_KEY.</translation>
    </message>
    <message>
        <source>a private file ({path}) — no system keyring was found on this computer</source>
        <translation>ملف خاص ({path}) — لم يُعثر على مخزن مفاتيح النظام على هذا الحاسوب</translation>
    </message>
    <message>
        <source>the system keyring ({backend})</source>
        <translation>مخزن مفاتيح النظام ({backend})</translation>
    </message>
    <message>
        <source>This learner signed out on this computer; sign in again first (lantern login --email …).</source>
        <translation>سجّل هذا المتعلّم الخروج على هذا الحاسوب؛ سجّل الدخول مرة أخرى أولًا (lantern login --email …).</translation>
    </message>
    <message>
        <source>Quick PIN sign-in is off on this computer.</source>
        <translation>تسجيل الدخول السريع برمز PIN معطّل على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>ليس قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>unreadable: {detail}</source>
        <translation>تتعذّر قراءته: {detail}</translation>
    </message>
    <message>
        <source>integrity check failed: {detail}</source>
        <translation>فشل فحص السلامة: {detail}</translation>
    </message>
    <message>
        <source>cannot migrate: {detail}</source>
        <translation>تتعذّر ترقيته: {detail}</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>cannot create {path}: {detail}</source>
        <translation>يتعذّر إنشاء {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot open {path}: {detail}</source>
        <translation>يتعذّر فتح {path}: {detail}</translation>
    </message>
    <message>
        <source>“{id}” is not a usable user id</source>
        <translation>«{id}» ليس معرّف مستخدم صالحًا</translation>
    </message>
    <message>
        <source>{path} is unreadable: {detail}</source>
        <translation>تتعذّر قراءة {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} belongs to another learner</source>
        <translation>{path} يخصّ متعلّمًا آخر</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <source>{path} has local schema version {found}; this Lantern knows up to {known}</source>
        <translation>إصدار المخطط المحلي في {path} هو {found}؛ وأعلى إصدار يعرفه Lantern هذا هو {known}</translation>
    </message>
    <message>
        <source>Lantern couldn&apos;t save to this computer&apos;s disk. Check there is free space; nothing saved earlier is lost.</source>
        <translation>تعذّر على Lantern الحفظ على قرص هذا الحاسوب. تأكّد من وجود مساحة فارغة؛ لم يضع شيء مما حُفظ سابقًا.</translation>
    </message>
</context>
<context>
    <name>cli.gui</name>
    <message>
        <source>open the Lantern window (the default)</source>
        <translation>فتح نافذة Lantern (الافتراضي)</translation>
    </message>
    <message>
        <source>a school&apos;s setup code or lantern:// link, checked and saved in the first window</source>
        <translation>رمز الإعداد الخاص بالمدرسة أو رابط lantern://، يُفحص ويُحفظ في النافذة الأولى</translation>
    </message>
    <message>
        <source>open Lantern against a local devserver with demo content</source>
        <translation>فتح Lantern على خادم تطوير محلي بمحتوى تجريبي</translation>
    </message>
    <message>
        <source>close the window after this many seconds (for scripted checks)</source>
        <translation>إغلاق النافذة بعد هذا العدد من الثواني (للفحوص المؤتمتة)</translation>
    </message>
</context>
<context>
    <name>cli.import</name>
    <message>
        <source>import a course package (a folder or a zip) for offline study</source>
        <translation>استيراد حزمة دورة (مجلد أو ملف zip) للدراسة دون اتصال</translation>
    </message>
    <message>
        <source>the learner whose store receives it (default: the guest)</source>
        <translation>المتعلّم الذي تُضاف الدورة إلى مخزنه (الافتراضي: الضيف)</translation>
    </message>
    <message>
        <source>Lantern&apos;s data folder (default: the usual place)</source>
        <translation>مجلد بيانات Lantern (الافتراضي: الموقع المعتاد)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: fix the %Ln problem(s) above.</source>
        <translation>
            <numerusform>لم يُستورد أي شيء: أصلح المشكلات المذكورة أعلاه (وعددها %Ln).</numerusform>
            <numerusform>لم يُستورد أي شيء: أصلح المشكلة المذكورة أعلاه.</numerusform>
            <numerusform>لم يُستورد أي شيء: أصلح المشكلتين المذكورتين أعلاه.</numerusform>
            <numerusform>لم يُستورد أي شيء: أصلح المشكلات المذكورة أعلاه (وعددها %Ln).</numerusform>
            <numerusform>لم يُستورد أي شيء: أصلح المشكلات المذكورة أعلاه (وعددها %Ln).</numerusform>
            <numerusform>لم يُستورد أي شيء: أصلح المشكلات المذكورة أعلاه (وعددها %Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the local store: {error}</source>
        <translation>تعذّر فتح المخزن المحلي: {error}</translation>
    </message>
    <message>
        <source>Note: the local database was damaged ({reason}); it was moved to {path} and a new one started.</source>
        <translation>ملاحظة: كانت قاعدة البيانات المحلية تالفة ({reason})؛ نُقلت إلى {path} وبُدئت قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>لم يُستورد أي شيء: {error}</translation>
    </message>
    <message>
        <source>Imported “{title}” for {who}: {lessons}, {questions}, {files} (pictures, video, sound, PDF); {removed}.</source>
        <translation>استُوردت الدورة «{title}» لحساب {who}: {lessons}، {questions}، {files} (صور وفيديو وصوت وPDF)؛ {removed}.</translation>
    </message>
    <message>
        <source>Imported “{title}” for {who}: {lessons}, {questions}, {files} (pictures, video, sound, PDF).</source>
        <translation>استُوردت الدورة «{title}» لحساب {who}: {lessons}، {questions}، {files} (صور وفيديو وصوت وPDF).</translation>
    </message>
    <message>
        <source>learner {user}</source>
        <translation>المتعلّم {user}</translation>
    </message>
    <message>
        <source>the guest</source>
        <translation>الضيف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s)</source>
        <translation>
            <numerusform>%Ln درس</numerusform>
            <numerusform>درس واحد</numerusform>
            <numerusform>درسان</numerusform>
            <numerusform>%Ln دروس</numerusform>
            <numerusform>%Ln درسًا</numerusform>
            <numerusform>%Ln درس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln سؤال</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%Ln أسئلة</numerusform>
            <numerusform>%Ln سؤالًا</numerusform>
            <numerusform>%Ln سؤال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln old lesson(s) removed</source>
        <translation>
            <numerusform>حُذف %Ln درس قديم</numerusform>
            <numerusform>حُذف درس قديم واحد</numerusform>
            <numerusform>حُذف درسان قديمان</numerusform>
            <numerusform>حُذفت %Ln دروس قديمة</numerusform>
            <numerusform>حُذف %Ln درسًا قديمًا</numerusform>
            <numerusform>حُذف %Ln درس قديم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.publish</name>
    <message>
        <source>publish a course package (a folder or a zip) to the server</source>
        <translation>نشر حزمة دورة (مجلد أو ملف مضغوط) على الخادم</translation>
    </message>
    <message>
        <source>the instructor&apos;s email (default: $LANTERN_EMAIL)</source>
        <translation>البريد الإلكتروني للمدرّب (الافتراضي: $LANTERN_EMAIL)</translation>
    </message>
    <message>
        <source>the Supabase project URL (default: $SUPABASE_URL or the saved server settings)</source>
        <translation>عنوان مشروع Supabase (الافتراضي: $SUPABASE_URL أو إعدادات الخادم المحفوظة)</translation>
    </message>
    <message>
        <source>the project&apos;s anon key</source>
        <translation>المفتاح العام (anon) للمشروع</translation>
    </message>
    <message>
        <source>upload everything but leave the course unpublished (or take a published course off the catalogue)</source>
        <translation>رفع كل شيء مع ترك الدورة غير منشورة (أو سحب دورة منشورة من الفهرس)</translation>
    </message>
    <message>
        <source>do not list each step</source>
        <translation>عدم عرض كل خطوة</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was published: fix the %Ln problem(s) above (lantern check shows them too).</source>
        <translation>
            <numerusform>لم يُنشر شيء: أصلح المشكلات (%Ln) المذكورة أعلاه (يعرضها lantern check أيضًا).</numerusform>
            <numerusform>لم يُنشر شيء: أصلح المشكلة المذكورة أعلاه (يعرضها lantern check أيضًا).</numerusform>
            <numerusform>لم يُنشر شيء: أصلح المشكلتين المذكورتين أعلاه (يعرضهما lantern check أيضًا).</numerusform>
            <numerusform>لم يُنشر شيء: أصلح المشكلات الـ%Ln المذكورة أعلاه (يعرضها lantern check أيضًا).</numerusform>
            <numerusform>لم يُنشر شيء: أصلح المشكلات الـ%Ln المذكورة أعلاه (يعرضها lantern check أيضًا).</numerusform>
            <numerusform>لم يُنشر شيء: أصلح المشكلات الـ%Ln المذكورة أعلاه (يعرضها lantern check أيضًا).</numerusform>
        </translation>
    </message>
    <message>
        <source>No server is set up: pass --url and --anon-key, or set SUPABASE_URL and SUPABASE_ANON_KEY.</source>
        <translation>لم يُعَدّ أي خادم: مرّر --url و --anon-key، أو عيّن SUPABASE_URL و SUPABASE_ANON_KEY.</translation>
    </message>
    <message>
        <source>Give the instructor&apos;s email with --email (or LANTERN_EMAIL).</source>
        <translation>حدّد البريد الإلكتروني للمدرّب باستخدام --email (أو LANTERN_EMAIL).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>كلمة المرور: </translation>
    </message>
    <message>
        <source>Not published: {error}</source>
        <translation>لم يُنشر: {error}</translation>
    </message>
</context>
<context>
    <name>cli.saved_work</name>
    <message>
        <source>Guest work stays on this computer and is never sent.</source>
        <translation>عمل الضيف يبقى على هذا الحاسوب ولا يُرسَل أبدًا.</translation>
    </message>
    <message>
        <source>This computer has not been online since {name} signed in here, so the server could not check a file saved now; connect once and run lantern sync, then save again.</source>
        <translation>لم يكن هذا الحاسوب متصلًا منذ أن سجّل {name} الدخول عليه، لذا لا يستطيع الخادم التحقّق من ملف يُحفظ الآن؛ اتصل مرة واحدة وشغّل lantern sync، ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} has no changes waiting to be sent: there is nothing to save.</source>
        <translation>ليس لدى {name} تغييرات تنتظر الإرسال: لا يوجد ما يُحفظ.</translation>
    </message>
    <message>
        <source>it is not saved Lantern work</source>
        <translation>ليس عملًا محفوظًا من Lantern</translation>
    </message>
    <message>
        <source>it was saved by a newer Lantern; update this one first</source>
        <translation>حُفظ بإصدار أحدث من Lantern؛ حدّث هذا الإصدار أولًا</translation>
    </message>
    <message>
        <source>the server does not know the computer that saved it (it was saved before that computer&apos;s first sync, or for a server restored since)</source>
        <translation>لا يعرف الخادم الحاسوب الذي حفظه (حُفظ قبل أول مزامنة لذلك الحاسوب، أو لخادم استُعيد منذ ذلك الحين)</translation>
    </message>
    <message>
        <source>it was changed after it was saved, or not saved by that learner&apos;s Lantern; nothing in it was applied</source>
        <translation>تغيّر بعد حفظه، أو لم يحفظه Lantern الخاص بذلك المتعلّم؛ لم يُطبَّق منه شيء</translation>
    </message>
    <message>
        <source>it was saved for another server than this computer&apos;s</source>
        <translation>حُفظ لخادم غير خادم هذا الحاسوب</translation>
    </message>
    <message>
        <source>the learner&apos;s computer sent other work under the same numbers; that computer keeps this work and sends it itself</source>
        <translation>أرسل حاسوب المتعلّم عملًا آخر بالأرقام نفسها؛ يحتفظ ذلك الحاسوب بهذا العمل ويرسله بنفسه</translation>
    </message>
    <message>
        <source>earlier work from the same computer has not arrived yet: deliver the earlier file first, then this one again (it is kept)</source>
        <translation>لم يصل بعد عمل سابق من الحاسوب نفسه: سلّم الملف السابق أولًا، ثم هذا الملف مرة أخرى (إنه محفوظ)</translation>
    </message>
    <message>
        <source>it is damaged or incomplete (unreadable at line {line}, column {column})</source>
        <translation>تالف أو غير مكتمل (تتعذّر قراءته عند السطر {line}، العمود {column})</translation>
    </message>
    <message>
        <source>it is not a file of saved Lantern work</source>
        <translation>ليس ملف عمل محفوظ من Lantern</translation>
    </message>
    <message>
        <source>it is not a file of saved Lantern work (not text)</source>
        <translation>ليس ملف عمل محفوظ من Lantern (ليس نصًا)</translation>
    </message>
    <message>
        <source>it is far too large to be saved Lantern work</source>
        <translation>حجمه أكبر بكثير من أن يكون عملًا محفوظًا من Lantern</translation>
    </message>
    <message>
        <source>it was saved by another version of Lantern (format {version})</source>
        <translation>حُفظ بإصدار آخر من Lantern (التنسيق {version})</translation>
    </message>
    <message>
        <source>it holds no work (the field chunks is missing or empty)</source>
        <translation>لا يحتوي على أي عمل (الحقل chunks مفقود أو فارغ)</translation>
    </message>
    <message>
        <source>the field {field} is missing</source>
        <translation>الحقل {field} مفقود</translation>
    </message>
    <message>
        <source>chunks[{index}] is not a chunk</source>
        <translation>العنصر chunks[{index}] ليس جزءًا صالحًا</translation>
    </message>
    <message>
        <source>chunks[{index}] lacks its payload or mac</source>
        <translation>العنصر chunks[{index}] يفتقد الحقل payload أو mac</translation>
    </message>
    <message>
        <source>chunks[{index}].payload is damaged</source>
        <translation>الحقل chunks[{index}].payload تالف</translation>
    </message>
    <message>
        <source>chunks[{index}].payload holds no numbered ops</source>
        <translation>الحقل chunks[{index}].payload لا يحتوي على عمليات مرقّمة</translation>
    </message>
    <message>
        <source>chunks[{index}].payload names no device</source>
        <translation>الحقل chunks[{index}].payload لا يذكر أي جهاز</translation>
    </message>
    <message>
        <source>its chunks come from different devices</source>
        <translation>أجزاؤه واردة من أجهزة مختلفة</translation>
    </message>
    <message>
        <source>part of it is missing (changes {first}–{last})</source>
        <translation>جزء منه مفقود (التغييرات من {first} إلى {last})</translation>
    </message>
    <message>
        <source>it is not saved work this Lantern can read ({problem})</source>
        <translation>ليس عملًا محفوظًا يستطيع هذا الإصدار من Lantern قراءته ({problem})</translation>
    </message>
    <message>
        <source>The files are kept: give them again when this computer is online.</source>
        <translation>الملفات محفوظة: سلّمها مرة أخرى عندما يكون هذا الحاسوب متصلًا.</translation>
    </message>
    <message>
        <source>The files are kept: give them again later.</source>
        <translation>الملفات محفوظة: سلّمها مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Sign in (lantern login --email …), then give the files again.</source>
        <translation>سجّل الدخول (lantern login --email …)، ثم سلّم الملفات مرة أخرى.</translation>
    </message>
    <message>
        <source>Files not yet delivered are kept: give them again; nothing is applied twice.</source>
        <translation>الملفات التي لم تُسلَّم بعد محفوظة: سلّمها مرة أخرى؛ لن يُطبَّق أي شيء مرتين.</translation>
    </message>
    <message>
        <source>save waiting work to a file another Lantern can deliver</source>
        <translation>حفظ العمل المنتظر في ملف يستطيع Lantern آخر تسليمه</translation>
    </message>
    <message>
        <source>the file (a folder with --all)</source>
        <translation>الملف (أو مجلد مع --all)</translation>
    </message>
    <message>
        <source>every learner on this computer, signed-out ones too: a file each in the folder --to</source>
        <translation>كل المتعلّمين على هذا الحاسوب، ومنهم من سجّلوا الخروج: ملف لكل واحد في المجلد المحدّد بـ --to</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>إخراج قابل للقراءة آليًا</translation>
    </message>
    <message>
        <source>send saved work from other computers to the server</source>
        <translation>إرسال العمل المحفوظ من حواسيب أخرى إلى الخادم</translation>
    </message>
    <message>
        <source>saved work</source>
        <translation>العمل المحفوظ</translation>
    </message>
    <message>
        <source>No learner on this computer has changes waiting to be sent.</source>
        <translation>لا يوجد متعلّم على هذا الحاسوب لديه تغييرات تنتظر الإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln change(s) of {name} to {path}; deliver it with lantern deliver on a connected Lantern of the same school.</source>
        <translation>
            <numerusform>حُفظ %Ln تغيير لـ{name} في {path}؛ سلّم الملف باستخدام lantern deliver على Lantern متصل في المدرسة نفسها.</numerusform>
            <numerusform>حُفظ تغيير واحد لـ{name} في {path}؛ سلّم الملف باستخدام lantern deliver على Lantern متصل في المدرسة نفسها.</numerusform>
            <numerusform>حُفظ تغييران لـ{name} في {path}؛ سلّم الملف باستخدام lantern deliver على Lantern متصل في المدرسة نفسها.</numerusform>
            <numerusform>حُفظت %Ln تغييرات لـ{name} في {path}؛ سلّم الملف باستخدام lantern deliver على Lantern متصل في المدرسة نفسها.</numerusform>
            <numerusform>حُفظ %Ln تغييرًا لـ{name} في {path}؛ سلّم الملف باستخدام lantern deliver على Lantern متصل في المدرسة نفسها.</numerusform>
            <numerusform>حُفظ %Ln تغيير لـ{name} في {path}؛ سلّم الملف باستخدام lantern deliver على Lantern متصل في المدرسة نفسها.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} ليس مجلدًا.</translation>
    </message>
    <message>
        <source>Lantern cannot write {path}: {reason}.</source>
        <translation>لا يستطيع Lantern الكتابة في {path}: {reason}.</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <source>{path}: not delivered: {why}.</source>
        <translation>{path}: لم يُسلَّم: {why}.</translation>
    </message>
    <message>
        <source>{problem} {files}</source>
        <comment>two sentences, in this order</comment>
        <translation>{problem} {files}</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>رفضه الخادم</translation>
    </message>
    <message>
        <source>work of {name} not delivered: {why}.</source>
        <translation>لم يُسلَّم عمل {name}: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) applied</source>
        <translation>
            <numerusform>طُبّق %Ln تغيير</numerusform>
            <numerusform>طُبّق تغيير واحد</numerusform>
            <numerusform>طُبّق تغييران</numerusform>
            <numerusform>طُبّقت %Ln تغييرات</numerusform>
            <numerusform>طُبّق %Ln تغييرًا</numerusform>
            <numerusform>طُبّق %Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} already on the server</source>
        <translation>{count} موجودة على الخادم من قبل</translation>
    </message>
    <message>
        <source>{count} refused by the server</source>
        <translation>{count} رفضها الخادم</translation>
    </message>
    <message>
        <source>work of {name} delivered ({parts}).</source>
        <translation>سُلّم عمل {name} ({parts}).</translation>
    </message>
</context>
<context>
    <name>cli.selftest</name>
    <message>
        <source>start offscreen on a temporary profile, study the sample course as a guest, check that progress and a quiz attempt are saved, and exit (0 = it works)</source>
        <translation>التشغيل دون شاشة على ملف تعريف مؤقت، ودراسة الدورة النموذجية كضيف، والتحقّق من حفظ التقدّم ومحاولة اختبار، ثم الخروج (0 = يعمل)</translation>
    </message>
    <message>
        <source>keep the temporary data folder for inspection</source>
        <translation>الإبقاء على مجلد البيانات المؤقت للفحص</translation>
    </message>
    <message>
        <source>also write the result to FILE (the Windows app has no console)</source>
        <translation>كتابة النتيجة أيضًا في FILE (تطبيق Windows بلا نافذة أوامر)</translation>
    </message>
</context>
<context>
    <name>cli.setup</name>
    <message>
        <source>connect this computer to a school&apos;s server with its setup code or link</source>
        <translation>ربط هذا الحاسوب بخادم مدرسة باستخدام رمز الإعداد أو رابطه</translation>
    </message>
    <message>
        <source>the setup code or lantern:// link</source>
        <translation>رمز الإعداد أو رابط lantern://</translation>
    </message>
    <message>
        <source>where Lantern keeps its data (default: the user data folder)</source>
        <translation>مكان حفظ بيانات Lantern (الافتراضي: مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>make the setup code and link a school gives its learners</source>
        <translation>إنشاء رمز الإعداد والرابط اللذين تعطيهما المدرسة لمتعلّميها</translation>
    </message>
    <message>
        <source>the Supabase project URL</source>
        <translation>عنوان مشروع Supabase</translation>
    </message>
    <message>
        <source>the project&apos;s public (anon) key, never the service_role key</source>
        <translation>المفتاح العام (anon) للمشروع، وليس مفتاح service_role أبدًا</translation>
    </message>
    <message>
        <source>Not set up: {error}</source>
        <translation>لم يتم الإعداد: {error}</translation>
    </message>
    <message>
        <source>This computer now uses {url}. Sign in with lantern login.</source>
        <translation>يستخدم هذا الحاسوب الآن {url}. سجّل الدخول باستخدام lantern login.</translation>
    </message>
    <message>
        <source>No code made: {error}</source>
        <translation>لم يُنشأ أي رمز: {error}</translation>
    </message>
    <message>
        <source>Setup code (learners paste it in Lantern&apos;s Server tab):</source>
        <translation>رمز الإعداد (يلصقه المتعلّمون في تبويب «الخادم» في Lantern):</translation>
    </message>
    <message>
        <source>Setup link (opens Lantern where the lantern:// scheme is registered):</source>
        <translation>رابط الإعداد (يفتح Lantern حيث يكون مخطط lantern:// مسجّلًا):</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>send waiting work and fetch updates now</source>
        <translation>إرسال العمل المنتظر وجلب التحديثات الآن</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>إخراج قابل للقراءة آليًا</translation>
    </message>
    <message>
        <source>when offline or the server is unavailable, keep retrying with back-off</source>
        <translation>عند انقطاع الاتصال أو عدم توفّر الخادم، مواصلة إعادة المحاولة مع إطالة الانتظار تدريجيًا</translation>
    </message>
    <message>
        <source>with --until-done: give up after S seconds (default {seconds})</source>
        <translation>مع --until-done: التوقّف بعد S ثانية (الافتراضي {seconds})</translation>
    </message>
    <message>
        <source>what is waiting to sync, and when it last did</source>
        <translation>ما ينتظر المزامنة، ومتى تمّت آخر مزامنة</translation>
    </message>
    <message>
        <source>every learner on this computer, not only one</source>
        <translation>كل المتعلّمين على هذا الحاسوب، لا متعلّم واحد فقط</translation>
    </message>
    <message>
        <source>download a course for offline study</source>
        <translation>تنزيل دورة للدراسة دون اتصال</translation>
    </message>
    <message>
        <source>the course id or (part of) its title</source>
        <translation>معرّف الدورة أو عنوانها (أو جزء منه)</translation>
    </message>
    <message>
        <source>“{text}” is not a number of seconds</source>
        <translation>«{text}» ليس عددًا من الثواني</translation>
    </message>
    <message>
        <source>the timeout must be between 0 and 86400 seconds</source>
        <translation>يجب أن تكون المهلة بين 0 و86400 ثانية</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln change(s)…</source>
        <translation>
            <numerusform>جارٍ إرسال %Ln تغيير…</numerusform>
            <numerusform>جارٍ إرسال تغيير واحد…</numerusform>
            <numerusform>جارٍ إرسال تغييرين…</numerusform>
            <numerusform>جارٍ إرسال %Ln تغييرات…</numerusform>
            <numerusform>جارٍ إرسال %Ln تغييرًا…</numerusform>
            <numerusform>جارٍ إرسال %Ln تغيير…</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating {scope}…</source>
        <translation>جارٍ تحديث {scope}…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدّث</translation>
    </message>
    <message>
        <source>Downloading lessons…</source>
        <translation>جارٍ تنزيل الدروس…</translation>
    </message>
    <message>
        <source>Downloading images ({image}/{images})…</source>
        <translation>جارٍ تنزيل الصور ({image}/{images})…</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>متاحة دون اتصال</translation>
    </message>
    <message>
        <source>Download stopped: {done} of {total} images are on this computer; download again to go on.</source>
        <translation>توقّف التنزيل: الصور الموجودة على هذا الحاسوب {done} من {total}؛ نزّل الدورة مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>That course is not in the catalogue on this computer; sync first.</source>
        <translation>هذه الدورة ليست في الفهرس على هذا الحاسوب؛ زامِن أولًا.</translation>
    </message>
    <message>
        <source>{error} Your work is saved and will sync when you reconnect.</source>
        <translation>{error} عملك محفوظ وستتم مزامنته عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>{error} Your work is saved; try again later (or use --until-done).</source>
        <translation>{error} عملك محفوظ؛ حاول مرة أخرى لاحقًا (أو استخدم --until-done).</translation>
    </message>
    <message>
        <source>{error} (lantern login --email …)</source>
        <translation>{error} (lantern login --email …)</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>فشلت المزامنة: {error}</translation>
    </message>
    <message>
        <source>{error} Trying again in {seconds} s.</source>
        <translation>{error} إعادة المحاولة بعد {seconds} ث.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln تغيير</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln تحديث</numerusform>
            <numerusform>تحديث واحد</numerusform>
            <numerusform>تحديثان</numerusform>
            <numerusform>%Ln تحديثات</numerusform>
            <numerusform>%Ln تحديثًا</numerusform>
            <numerusform>%Ln تحديث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln طلب</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبين</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: sent {sent}, {refused} refused by the server; received {received} in {requests}.</source>
        <translation>كل شيء محدّث: المُرسَل {sent}، ورفض الخادم منها {refused}؛ المُستلَم {received} عبر {requests}.</translation>
    </message>
    <message>
        <source>Up to date: sent {sent}; received {received} in {requests}.</source>
        <translation>كل شيء محدّث: المُرسَل {sent}؛ المُستلَم {received} عبر {requests}.</translation>
    </message>
    <message numerus="yes">
        <source>The server had lost %Ln change(s) it had already accepted (restored from a backup?); [it was|they were] sent again.</source>
        <translation>
            <numerusform>فقد الخادم %Ln تغيير كان قد قبلها من قبل (هل استُعيد من نسخة احتياطية؟)؛ وأُعيد إرسالها.</numerusform>
            <numerusform>فقد الخادم تغييرًا واحدًا كان قد قبله من قبل (هل استُعيد من نسخة احتياطية؟)؛ وأُعيد إرساله.</numerusform>
            <numerusform>فقد الخادم تغييرين كان قد قبلهما من قبل (هل استُعيد من نسخة احتياطية؟)؛ وأُعيد إرسالهما.</numerusform>
            <numerusform>فقد الخادم %Ln تغييرات كان قد قبلها من قبل (هل استُعيد من نسخة احتياطية؟)؛ وأُعيد إرسالها.</numerusform>
            <numerusform>فقد الخادم %Ln تغييرًا كان قد قبلها من قبل (هل استُعيد من نسخة احتياطية؟)؛ وأُعيد إرسالها.</numerusform>
            <numerusform>فقد الخادم %Ln تغيير كان قد قبلها من قبل (هل استُعيد من نسخة احتياطية؟)؛ وأُعيد إرسالها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) the server lost [is|are] no longer on this computer and could not be sent again.</source>
        <translation>
            <numerusform>%Ln تغيير فقدها الخادم لم تعد موجودة على هذا الحاسوب، فتعذّرت إعادة إرسالها.</numerusform>
            <numerusform>تغيير واحد فقده الخادم لم يعد موجودًا على هذا الحاسوب، فتعذّرت إعادة إرساله.</numerusform>
            <numerusform>تغييران فقدهما الخادم لم يعودا موجودين على هذا الحاسوب، فتعذّرت إعادة إرسالهما.</numerusform>
            <numerusform>%Ln تغييرات فقدها الخادم لم تعد موجودة على هذا الحاسوب، فتعذّرت إعادة إرسالها.</numerusform>
            <numerusform>%Ln تغييرًا فقدها الخادم لم تعد موجودة على هذا الحاسوب، فتعذّرت إعادة إرسالها.</numerusform>
            <numerusform>%Ln تغيير فقدها الخادم لم تعد موجودة على هذا الحاسوب، فتعذّرت إعادة إرسالها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has signed in on this computer yet.</source>
        <translation>لم يسجّل أحد الدخول على هذا الحاسوب بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) still waiting to be sent.</source>
        <translation>
            <numerusform>في انتظار الإرسال: %Ln تغيير.</numerusform>
            <numerusform>في انتظار الإرسال: تغيير واحد.</numerusform>
            <numerusform>في انتظار الإرسال: تغييران.</numerusform>
            <numerusform>في انتظار الإرسال: %Ln تغييرات.</numerusform>
            <numerusform>في انتظار الإرسال: %Ln تغييرًا.</numerusform>
            <numerusform>في انتظار الإرسال: %Ln تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some learners signed out before Lantern counted their unsent work; sign them in once to check.</source>
        <translation>سجّل بعض المتعلّمين الخروج قبل أن يحصي Lantern عملهم غير المُرسَل؛ سجّل دخولهم مرة واحدة للتحقّق.</translation>
    </message>
    <message>
        <source>Everything is sent: this computer can be handed back.</source>
        <translation>تم إرسال كل شيء: يمكن إعادة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>{email} on {server}: signed out on this computer, unknown number of changes waiting (lantern login --email {email})</source>
        <translation>{email} على {server}: سجّل الخروج على هذا الحاسوب، وعدد التغييرات المنتظرة غير معروف (lantern login --email {email})</translation>
    </message>
    <message numerus="yes">
        <source>{email} on {server}: signed out on this computer, %Ln change(s) waiting (lantern login --email {email})</source>
        <translation>
            <numerusform>{email} على {server}: سجّل الخروج على هذا الحاسوب، التغييرات المنتظرة: %Ln تغيير (lantern login --email {email})</numerusform>
            <numerusform>{email} على {server}: سجّل الخروج على هذا الحاسوب، التغييرات المنتظرة: تغيير واحد (lantern login --email {email})</numerusform>
            <numerusform>{email} على {server}: سجّل الخروج على هذا الحاسوب، التغييرات المنتظرة: تغييران (lantern login --email {email})</numerusform>
            <numerusform>{email} على {server}: سجّل الخروج على هذا الحاسوب، التغييرات المنتظرة: %Ln تغييرات (lantern login --email {email})</numerusform>
            <numerusform>{email} على {server}: سجّل الخروج على هذا الحاسوب، التغييرات المنتظرة: %Ln تغييرًا (lantern login --email {email})</numerusform>
            <numerusform>{email} على {server}: سجّل الخروج على هذا الحاسوب، التغييرات المنتظرة: %Ln تغيير (lantern login --email {email})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <comment>the last sync</comment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>last sync: {when} (last error: {error})</source>
        <translation>آخر مزامنة: {when} (آخر خطأ: {error})</translation>
    </message>
    <message>
        <source>last sync: {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <source>{email} on {server}: {state}</source>
        <translation>{email} على {server}: {state}</translation>
    </message>
    <message>
        <source>waiting: {waiting}, refused: {refused}, sent: {sent}</source>
        <translation>في الانتظار: {waiting}، مرفوض: {refused}، مُرسَل: {sent}</translation>
    </message>
    <message>
        <source>up to date</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>محدّث</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>never synced</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>لم تتم مزامنته قط</translation>
    </message>
    <message>
        <source>needs sign in</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>يلزم تسجيل الدخول</translation>
    </message>
    <message>
        <source>error</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>No course matches “{wanted}”; run lantern sync first to fetch the catalogue.</source>
        <translation>لا توجد دورة تطابق «{wanted}»؛ شغّل lantern sync أولًا لجلب الفهرس.</translation>
    </message>
    <message>
        <source>“{wanted}” matches several courses: {courses}</source>
        <translation>«{wanted}» يطابق عدة دورات: {courses}</translation>
    </message>
    <message>
        <source>{number} MB</source>
        <translation>{number} ميغابايت</translation>
    </message>
    <message>
        <source>files: {done} of {total}, {rate}/s, about {seconds} s left</source>
        <translation>الملفات: {done} من {total}، {rate}/ث، يتبقّى نحو {seconds} ث</translation>
    </message>
    <message>
        <source>files: {done} of {total}</source>
        <translation>الملفات: {done} من {total}</translation>
    </message>
    <message>
        <source>Download stopped. What arrived is kept; run the same command to go on.</source>
        <translation>توقّف التنزيل. ما وصل محفوظ؛ شغّل الأمر نفسه للمتابعة.</translation>
    </message>
    <message>
        <source>Available offline: {items}, {images} downloaded ({cached} already here).</source>
        <translation>متاح دون اتصال: {items}؛ الصور التي نُزّلت: {images} (و{cached} موجودة هنا من قبل).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln عنصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) [is|are] missing on the server.</source>
        <translation>
            <numerusform>%Ln صورة مفقودة على الخادم.</numerusform>
            <numerusform>صورة واحدة مفقودة على الخادم.</numerusform>
            <numerusform>صورتان مفقودتان على الخادم.</numerusform>
            <numerusform>%Ln صور مفقودة على الخادم.</numerusform>
            <numerusform>%Ln صورة مفقودة على الخادم.</numerusform>
            <numerusform>%Ln صورة مفقودة على الخادم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>code_blocks</name>
    <message>
        <source>Copy code</source>
        <translation>نسخ الشيفرة</translation>
    </message>
</context>
<context>
    <name>delegate</name>
    <message>
        <source>Enrolled</source>
        <translation>مسجّل</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Completed {date}</source>
        <translation>اكتملت في {date}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Enrol in the course first (the Enrol button at the top of the course).</source>
        <translation>سجّل في الدورة أولًا (زر التسجيل أعلى صفحة الدورة).</translation>
    </message>
    <message>
        <source>This quiz isn&apos;t on this computer yet — download the course, then try again.</source>
        <translation>هذا الاختبار ليس على هذا الحاسوب بعد — نزّل الدورة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That isn&apos;t on this computer yet. Sync or download the course, then try again.</source>
        <translation>هذا المحتوى ليس على هذا الحاسوب بعد. زامِن أو نزّل الدورة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Lantern couldn&apos;t save to this computer&apos;s disk. Check there is free space; nothing you saved earlier is lost.</source>
        <translation>تعذّر على Lantern الحفظ على قرص هذا الحاسوب. تأكّد من وجود مساحة فارغة؛ لم يضع شيء مما حفظته سابقًا.</translation>
    </message>
    <message>
        <source>This learner signed out on this computer: their password or PIN opens their courses again.</source>
        <translation>سجّل هذا المتعلّم الخروج على هذا الحاسوب: كلمة مروره أو رمز PIN الخاص به يفتحان دوراته من جديد.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>يتكوّن رمز PIN من {low} إلى {high} أرقام.</translation>
    </message>
    <message>
        <source>You&apos;re offline — your work is saved and will sync when you reconnect.</source>
        <translation>أنت دون اتصال — عملك محفوظ وستتم مزامنته عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>حدث خطأ ما: {detail}</translation>
    </message>
    <message>
        <source>The server is busy or had a problem (HTTP {status} {detail}); will try again.</source>
        <translation>الخادم مشغول أو حدثت فيه مشكلة (HTTP {status} {detail})؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <source>The server is busy or had a problem (HTTP {status}); will try again.</source>
        <translation>الخادم مشغول أو حدثت فيه مشكلة (HTTP {status})؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <source>The server is busy or had a problem ({detail}).</source>
        <translation>الخادم مشغول أو حدثت فيه مشكلة ({detail}).</translation>
    </message>
    <message>
        <source>The server is busy or had a problem.</source>
        <translation>الخادم مشغول أو حدثت فيه مشكلة.</translation>
    </message>
    <message>
        <source>The server sent something Lantern did not understand ({detail}).</source>
        <translation>أرسل الخادم ردًّا لم يفهمه Lantern ({detail}).</translation>
    </message>
    <message>
        <source>The server sent something Lantern did not understand.</source>
        <translation>أرسل الخادم ردًّا لم يفهمه Lantern.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>رفض الخادم الطلب.</translation>
    </message>
    <message>
        <source>The sign-in server can&apos;t be reached right now.</source>
        <translation>يتعذّر الوصول إلى خادم تسجيل الدخول الآن.</translation>
    </message>
    <message>
        <source>The server accepted the connection but did not answer.</source>
        <translation>قبل الخادم الاتصال لكنه لم يستجب.</translation>
    </message>
    <message>
        <source>The sign-in server is busy or had a problem (HTTP {status}).</source>
        <translation>خادم تسجيل الدخول مشغول أو حدثت فيه مشكلة (HTTP {status}).</translation>
    </message>
    <message>
        <source>The sign-in server had a problem: {detail}</source>
        <translation>حدثت مشكلة في خادم تسجيل الدخول: {detail}</translation>
    </message>
    <message>
        <source>The file server had a problem: {detail}</source>
        <translation>حدثت مشكلة في خادم الملفات: {detail}</translation>
    </message>
    <message>
        <source>Please sign in again to sync. Your work is kept on this computer.</source>
        <translation>يُرجى تسجيل الدخول مرة أخرى للمزامنة. عملك محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The saved session is damaged; please sign in again.</source>
        <translation>الجلسة المحفوظة تالفة؛ يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Please sign in to sync.</source>
        <translation>يُرجى تسجيل الدخول للمزامنة.</translation>
    </message>
    <message>
        <source>That email and password don&apos;t match an account on this server.</source>
        <translation>البريد الإلكتروني وكلمة المرور لا يطابقان أي حساب على هذا الخادم.</translation>
    </message>
    <message>
        <source>That password is too weak: {detail}</source>
        <translation>كلمة المرور هذه ضعيفة جدًا: {detail}</translation>
    </message>
    <message>
        <source>The server did not start a session.</source>
        <translation>لم يبدأ الخادم جلسة.</translation>
    </message>
    <message>
        <source>Your account was created; confirm your email, then sign in.</source>
        <translation>أُنشئ حسابك؛ أكّد بريدك الإلكتروني، ثم سجّل الدخول.</translation>
    </message>
    <message>
        <source>The server answered for another account.</source>
        <translation>جاء ردّ الخادم لحساب آخر.</translation>
    </message>
    <message>
        <source>Guests are not on the leaderboard; sign in to take part.</source>
        <translation>الضيوف لا يظهرون في لوحة المتصدّرين؛ سجّل الدخول للمشاركة.</translation>
    </message>
    <message>
        <source>Sign in to change your leaderboard setting.</source>
        <translation>سجّل الدخول لتغيير إعداد لوحة المتصدّرين.</translation>
    </message>
    <message>
        <source>The server did not change your leaderboard setting.</source>
        <translation>لم يغيّر الخادم إعداد لوحة المتصدّرين الخاص بك.</translation>
    </message>
    <message>
        <source>Sign in to see which answers were right.</source>
        <translation>سجّل الدخول لترى الإجابات الصحيحة.</translation>
    </message>
    <message>
        <source>Guest work stays on this computer and is never synced.</source>
        <translation>يبقى عمل الضيف على هذا الحاسوب ولا تتم مزامنته أبدًا.</translation>
    </message>
    <message>
        <source>This work belongs to another learner; it is kept for them and will sync when they sign in.</source>
        <translation>هذا العمل لمتعلّم آخر؛ يُحتفظ به له وستتم مزامنته عندما يسجّل الدخول.</translation>
    </message>
    <message>
        <source>The server did not accept any change; will try again later.</source>
        <translation>لم يقبل الخادم أي تغيير؛ ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server keeps asking to start {scope} again.</source>
        <translation>يطلب الخادم مرارًا بدء {scope} من جديد.</translation>
    </message>
    <message>
        <source>That course is not in the catalogue on this computer; sync first.</source>
        <translation>هذه الدورة ليست في الفهرس على هذا الحاسوب؛ زامِن أولًا.</translation>
    </message>
    <message>
        <source>Download stopped: {done} of {total} images are on this computer; download again to go on.</source>
        <translation>توقّف التنزيل: الصور الموجودة على هذا الحاسوب {done} من {total}؛ نزّل الدورة مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>“{address}” is not a server address; it should look like {example}</source>
        <translation>«{address}» ليس عنوان خادم؛ يجب أن يكون على شكل {example}</translation>
    </message>
    <message>
        <source>The project key is missing or too short; ask your teacher for the school&apos;s setup code.</source>
        <translation>مفتاح المشروع مفقود أو قصير جدًا؛ اطلب من معلّمك رمز الإعداد الخاص بالمدرسة.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {detail}</source>
        <translation>الملف {path} ليس بتنسيق JSON صالح: {detail}</translation>
    </message>
    <message>
        <source>{path} does not hold a server address and its project key.</source>
        <translation>لا يحتوي الملف {path} على عنوان خادم ومفتاح مشروعه.</translation>
    </message>
    <message>
        <source>Give both the server address and its project key.</source>
        <translation>حدّد كلًّا من عنوان الخادم ومفتاح مشروعه.</translation>
    </message>
    <message>
        <source>Lantern couldn&apos;t reach {address}: {detail}. Check the address and your connection.</source>
        <translation>تعذّر على Lantern الوصول إلى {address}: {detail}. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <source>The server refused this project key; ask your teacher for a new setup code.</source>
        <translation>رفض الخادم مفتاح المشروع هذا؛ اطلب من معلّمك رمز إعداد جديدًا.</translation>
    </message>
    <message>
        <source>{address} doesn&apos;t look like a Supabase project (it answered {status}).</source>
        <translation>لا يبدو أن {address} مشروع Supabase (كان ردّه {status}).</translation>
    </message>
    <message>
        <source>Choose a server first (the Server tab).</source>
        <translation>اختر خادمًا أولًا (تبويب «الخادم»).</translation>
    </message>
    <message>
        <source>No demo server is running. Start Lantern with “{command}” to get one.</source>
        <translation>لا يعمل أي خادم تجريبي. شغّل Lantern باستخدام «{command}» للحصول على واحد.</translation>
    </message>
    <message>
        <source>These server settings can&apos;t be used.</source>
        <translation>لا يمكن استخدام إعدادات الخادم هذه.</translation>
    </message>
    <message>
        <source>Paste the setup code or link your school gave you.</source>
        <translation>الصق رمز الإعداد أو الرابط الذي أعطتك إياه مدرستك.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Lantern setup code. It starts with “{code}” or “{link}” — check it with your teacher.</source>
        <translation>لا يبدو هذا رمز إعداد من Lantern. يبدأ رمز الإعداد بـ «{code}» أو «{link}» — تحقّق منه مع معلّمك.</translation>
    </message>
    <message>
        <source>This code is incomplete — check it with your teacher.</source>
        <translation>هذا الرمز غير مكتمل — تحقّق منه مع معلّمك.</translation>
    </message>
    <message>
        <source>This setup code is for a newer version of Lantern. Update Lantern, then paste it again.</source>
        <translation>رمز الإعداد هذا لإصدار أحدث من Lantern. حدّث Lantern، ثم الصقه مرة أخرى.</translation>
    </message>
    <message>
        <source>This setup link is for a newer version of Lantern. Update Lantern, then open the link again.</source>
        <translation>رابط الإعداد هذا لإصدار أحدث من Lantern. حدّث Lantern، ثم افتح الرابط مرة أخرى.</translation>
    </message>
    <message>
        <source>The server address in this code is not valid. Ask your teacher for a new setup code.</source>
        <translation>عنوان الخادم في هذا الرمز غير صالح. اطلب من معلّمك رمز إعداد جديدًا.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (http:// is only for a server on this computer). Ask your teacher for a new setup code.</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ https:// (العنوان الذي يبدأ بـ http:// مخصّص فقط لخادم على هذا الحاسوب). اطلب من معلّمك رمز إعداد جديدًا.</translation>
    </message>
    <message>
        <source>This code carries the project&apos;s secret key, which must never be given to learners. Ask your teacher for a new setup code.</source>
        <translation>يحمل هذا الرمز المفتاح السرّي للمشروع، ولا يجوز أبدًا إعطاؤه للمتعلّمين. اطلب من معلّمك رمز إعداد جديدًا.</translation>
    </message>
    <message>
        <source>The project key in this code is not complete. Ask your teacher for a new setup code.</source>
        <translation>مفتاح المشروع في هذا الرمز غير مكتمل. اطلب من معلّمك رمز إعداد جديدًا.</translation>
    </message>
    <message>
        <source>This setup code can&apos;t be used — check it with your teacher.</source>
        <translation>لا يمكن استخدام رمز الإعداد هذا — تحقّق منه مع معلّمك.</translation>
    </message>
    <message>
        <source>Wrong password or PIN.</source>
        <translation>كلمة المرور أو رمز PIN غير صحيح.</translation>
    </message>
    <message>
        <source>Wrong password or PIN. Try again in {wait}.</source>
        <translation>كلمة المرور أو رمز PIN غير صحيح. حاول مرة أخرى بعد {wait}.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in {wait}.</source>
        <translation>محاولات خاطئة كثيرة جدًا. حاول مرة أخرى بعد {wait}.</translation>
    </message>
    <message>
        <source>No PIN is set on this computer. Use the password instead.</source>
        <translation>لم يُعيَّن رمز PIN على هذا الحاسوب. استخدم كلمة المرور بدلًا منه.</translation>
    </message>
    <message>
        <source>Lantern can&apos;t check this password offline on this computer yet. Connect to the internet and try again.</source>
        <translation>لا يستطيع Lantern التحقق من كلمة المرور هذه دون اتصال على هذا الحاسوب بعد. اتصل بالإنترنت وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>quick PIN sign-in is off on this computer</source>
        <translation>تسجيل الدخول السريع برمز PIN معطّل على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Lantern couldn&apos;t read its data on this computer just now. Try again in a moment.</source>
        <translation>تعذّر على Lantern قراءة بياناته على هذا الحاسوب الآن. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Lantern. Update Lantern to open it.</source>
        <translation>حُفظ {path} بإصدار أحدث من Lantern. حدّث Lantern لفتحه.</translation>
    </message>
    <message>
        <source>Lantern cannot create the folder {path}: {detail}</source>
        <translation>لا يستطيع Lantern إنشاء المجلد {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Lantern database.</source>
        <translation>{path} ليس قاعدة بيانات Lantern.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>تتعذّر قراءة {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is damaged (its integrity check failed: {detail}).</source>
        <translation>{path} تالف (فشل فحص سلامته: {detail}).</translation>
    </message>
    <message>
        <source>{path} cannot be brought up to date: {detail}</source>
        <translation>يتعذّر تحديث {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is damaged.</source>
        <translation>{path} تالف.</translation>
    </message>
    <message>
        <source>Lantern cannot open {path}: {detail}</source>
        <translation>لا يستطيع Lantern فتح {path}: {detail}</translation>
    </message>
    <message>
        <source>“{id}” is not a usable learner id.</source>
        <translation>«{id}» ليس معرّف متعلّم صالحًا.</translation>
    </message>
    <message>
        <source>The list of learners {path} is unreadable: {detail}</source>
        <translation>تتعذّر قراءة قائمة المتعلّمين {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} holds another learner&apos;s data.</source>
        <translation>يحتوي {path} على بيانات متعلّم آخر.</translation>
    </message>
    <message>
        <source>That didn&apos;t work: {reason}</source>
        <translation>لم ينجح ذلك: {reason}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Find a course: type, then Enter</source>
        <translation>البحث عن دورة: اكتب ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Open the selected course or lesson</source>
        <translation>فتح الدورة أو الدرس المحدَّد</translation>
    </message>
    <message>
        <source>Submit a quiz</source>
        <translation>إرسال اختبار</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>التنقّل بين عناصر التحكم</translation>
    </message>
    <message>
        <source>&lt;b&gt;Find a course&lt;/b&gt; in the Catalogue and open it; &lt;b&gt;Enrol&lt;/b&gt; to keep your progress.</source>
        <translation>&lt;b&gt;ابحث عن دورة&lt;/b&gt; في الفهرس وافتحها، ثم اضغط &lt;b&gt;التسجيل في الدورة&lt;/b&gt; ليُحفظ تقدّمك.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Download for offline&lt;/b&gt; before you lose the internet: lessons, images and practice quizzes stay on this computer.</source>
        <translation>اضغط &lt;b&gt;تنزيل للاستخدام دون اتصال&lt;/b&gt; قبل أن ينقطع الإنترنت: تبقى الدروس والصور والاختبارات التدريبية على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt; or &lt;b&gt;Continue&lt;/b&gt; takes you to your next lesson; mark sections read, then &lt;b&gt;Complete lesson&lt;/b&gt;, and the page shows the way on.</source>
        <translation>يأخذك &lt;b&gt;بدء&lt;/b&gt; أو &lt;b&gt;متابعة&lt;/b&gt; إلى درسك التالي؛ علّم الأقسام كمقروءة، ثم اضغط &lt;b&gt;إكمال الدرس&lt;/b&gt;، وستُرشدك الصفحة إلى الخطوة التالية.</translation>
    </message>
    <message>
        <source>Everything you do is saved on this computer first. It is sent to your school&apos;s server when you are online — the status bar says when, and &lt;b&gt;Pending changes&lt;/b&gt; lists what is waiting.</source>
        <translation>يُحفظ كل ما تفعله على هذا الحاسوب أولًا، ثم يُرسل إلى خادم مدرستك عندما تكون متصلًا — يخبرك شريط الحالة بموعد ذلك، وتعرض &lt;b&gt;التغييرات المعلّقة&lt;/b&gt; ما ينتظر الإرسال.</translation>
    </message>
    <message>
        <source>On a shared computer, &lt;b&gt;Sign out&lt;/b&gt; (File menu) so the next learner cannot open your work.</source>
        <translation>على حاسوب مشترك، اختر &lt;b&gt;تسجيل الخروج&lt;/b&gt; (قائمة ملف) حتى لا يتمكن المتعلّم التالي من فتح عملك.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>دليل البدء</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>إصدار غير معروف</translation>
    </message>
    <message>
        <source>Lantern {version}</source>
        <translation>Lantern {version}</translation>
    </message>
    <message>
        <source>Study courses with or without internet. Your work is saved on this computer and synced to your school&apos;s server when you are online.</source>
        <translation>ادرس الدورات مع الإنترنت أو بدونه. يُحفظ عملك على هذا الحاسوب وتتم مزامنته مع خادم مدرستك عندما تكون متصلًا.</translation>
    </message>
    <message>
        <source>Open source, under the MIT licence.</source>
        <translation>مفتوح المصدر، بموجب ترخيص MIT.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{number}%</source>
        <translation>{number}٪</translation>
    </message>
</context>
<context>
    <name>learner_shell</name>
    <message>
        <source>This download&apos;s size is not known yet; this computer has {free} free, which would leave too little for the computer itself. Settings › Storage shows what each downloaded course takes and can remove one. Download anyway?</source>
        <translation>حجم هذا التنزيل غير معروف بعد؛ المساحة الحرّة على هذا الحاسوب {free}، وقد لا يبقى ما يكفي للحاسوب نفسه. تعرض «الإعدادات › التخزين» ما تشغله كل دورة منزّلة، ويمكنك منها إزالة إحداها. هل تريد التنزيل على أي حال؟</translation>
    </message>
    <message>
        <source>This download needs about {needed}; this computer has {free} free, which would leave too little for the computer itself. Settings › Storage shows what each downloaded course takes and can remove one. Download anyway?</source>
        <translation>يحتاج هذا التنزيل إلى نحو {needed}؛ المساحة الحرّة على هذا الحاسوب {free}، ولن يبقى بعد التنزيل ما يكفي للحاسوب نفسه. تعرض «الإعدادات › التخزين» ما تشغله كل دورة منزّلة، ويمكنك منها إزالة إحداها. هل تريد التنزيل على أي حال؟</translation>
    </message>
</context>
<context>
    <name>lesson_list</name>
    <message>
        <source>locked until you complete {lessons}</source>
        <translation>مقفل حتى تُكمل {lessons}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>{percent} read</source>
        <translation>تمت قراءة {percent}</translation>
    </message>
    <message>
        <source>Lesson {number}: {title}, {length}, {state}{quiz}{files}</source>
        <extracomment>A lesson row&apos;s description for screen readers and its tooltip. {quiz} is &quot;, has a quiz&quot; or nothing; {files} is &quot;, &quot; and what its pictures and media take, or nothing.</extracomment>
        <translation>الدرس {number}: {title}، {length}، {state}{quiz}{files}</translation>
    </message>
    <message>
        <source>, has a quiz</source>
        <translation>، يتضمّن اختبارًا</translation>
    </message>
    <message>
        <source>, {files}</source>
        <translation>، {files}</translation>
    </message>
    <message>
        <source>pictures and media ({size}) not downloaded</source>
        <translation>الصور والوسائط ({size}) غير منزّلة</translation>
    </message>
    <message>
        <source>{size} of pictures and media</source>
        <translation>{size} من الصور والوسائط</translation>
    </message>
</context>
<context>
    <name>math_images</name>
    <message>
        <source>formula</source>
        <translation>صيغة رياضية</translation>
    </message>
</context>
<context>
    <name>media_cards</name>
    <message>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>watched {percent} %</source>
        <translation>شوهد {percent}٪</translation>
    </message>
    <message>
        <source>{title} · {facts} · not downloaded yet</source>
        <translation>{title} · {facts} · لم يُنزَّل بعد</translation>
    </message>
    <message>
        <source>Open: {title}</source>
        <translation>فتح: {title}</translation>
    </message>
    <message>
        <source>Play: {title}</source>
        <translation>تشغيل: {title}</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Downloading {percent}</source>
        <translation>جارٍ التنزيل {percent}</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>متاحة دون اتصال</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>يتوفّر تحديث</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>غير منزّلة</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>مبتدئ</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>متقدّم</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>مبتدئ</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>متقدّم</translation>
    </message>
    <message>
        <source>; you completed it on {date}</source>
        <translation>؛ أكملتها في {date}</translation>
    </message>
    <message>
        <source>; you completed it</source>
        <translation>؛ أكملتها</translation>
    </message>
    <message>
        <source>; you are enrolled</source>
        <translation>؛ أنت مسجّل فيها</translation>
    </message>
    <message>
        <source>{title} by {instructor}</source>
        <translation>{title}، بواسطة {instructor}</translation>
    </message>
    <message>
        <source>{difficulty}, {hours} h</source>
        <translation>{difficulty}، {hours} س</translation>
    </message>
    <message>
        <source>{category}, {difficulty}, {hours} h</source>
        <translation>{category}، {difficulty}، {hours} س</translation>
    </message>
    <message>
        <source>rated {rating} of 5</source>
        <translation>التقييم {rating} من ٥</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>لم تُقيَّم بعد</translation>
    </message>
    <message>
        <source>{course}; {about}; {rating}; {learners}{premium}; {state}{mine}</source>
        <extracomment>A course card&apos;s description for screen readers and its tooltip. {course} is the title, or &quot;… by {instructor}&quot;; {about} is &quot;Technology, beginner, 1 h&quot;; {premium} is &quot;, premium&quot; or nothing; {mine} is &quot;; you are enrolled&quot;, &quot;; you completed it on …&quot; or nothing.</extracomment>
        <translation>{course}؛ {about}؛ {rating}؛ {learners}{premium}؛ {state}{mine}</translation>
    </message>
    <message>
        <source>, premium</source>
        <translation>، مميّزة</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>the course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>the quiz</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>the media block</source>
        <translation>كتلة الوسائط</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>الإنجاز {number}</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>السؤال {number}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>السؤال {id}</translation>
    </message>
    <message>
        <source>{where} has an unknown setting &apos;{key}&apos; (known: {known}).</source>
        <translation>في {where} إعداد غير معروف &apos;{key}&apos; (الإعدادات المعروفة: {known}).</translation>
    </message>
    <message>
        <source>{where} is missing &apos;{key}&apos;.</source>
        <translation>الإعداد &apos;{key}&apos; مفقود في {where}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be non-empty text.</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; في {where} نصًا غير فارغ.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be a whole number of at least {minimum}.</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; في {where} عددًا صحيحًا لا يقل عن {minimum}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be a whole number from {minimum} to {maximum}.</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; في {where} عددًا صحيحًا من {minimum} إلى {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} is {value}; the most the server can store is {maximum}.</source>
        <translation>قيمة &apos;{key}&apos; في {where} هي {value}؛ وأكبر قيمة يستطيع الخادم تخزينها هي {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be true or false.</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; في {where} إما true أو false.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be a list of texts, like [&quot;one&quot;, &quot;two&quot;].</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; في {where} قائمة نصوص، مثل [&quot;one&quot;, &quot;two&quot;].</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} is {value}, which is not one of {choices}.</source>
        <translation>قيمة &apos;{key}&apos; في {where} هي {value}، وهي ليست إحدى القيم المسموح بها: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be a table.</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; في {where} جدولًا.</translation>
    </message>
    <message>
        <source>is {size} bytes; a file may be at most {limit} bytes.</source>
        <translation>حجمه {size} بايت؛ والحد الأقصى لحجم الملف {limit} بايت.</translation>
    </message>
    <message>
        <source>is {size} bytes; a video, sound or PDF file may be at most {limit} bytes.</source>
        <translation>حجمه {size} بايت؛ والحد الأقصى لحجم ملف الفيديو أو الصوت أو PDF هو {limit} بايت.</translation>
    </message>
    <message>
        <source>the package is too large: at most {files} files, {bytes} bytes of lessons and pictures and {media_bytes} bytes of video, sound and PDF.</source>
        <translation>الحزمة كبيرة جدًا: الحد الأقصى لعدد الملفات {files}، ولحجم الدروس والصور {bytes} بايت، ولحجم الفيديو والصوت وPDF {media_bytes} بايت.</translation>
    </message>
    <message>
        <source>could not be read: {error}.</source>
        <translation>تعذّرت قراءته: {error}.</translation>
    </message>
    <message>
        <source>is a symbolic link; a package holds plain files only.</source>
        <translation>هذا رابط رمزي؛ لا تحتوي الحزمة إلا على ملفات عادية.</translation>
    </message>
    <message>
        <source>is neither a folder nor a zip file.</source>
        <translation>ليس مجلدًا ولا ملف zip.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>غير موجود.</translation>
    </message>
    <message>
        <source>is not a readable zip file ({error}).</source>
        <translation>ليس ملف zip يمكن قراءته ({error}).</translation>
    </message>
    <message>
        <source>member &apos;{member}&apos; points outside the package (an absolute path, &apos;..&apos;, &apos;\&apos; or &apos;:&apos;, which Windows reads as a drive letter); the zip was refused.</source>
        <translation>العنصر &apos;{member}&apos; يشير إلى خارج الحزمة (مسار مطلق، أو &apos;..&apos;، أو &apos;\&apos;، أو &apos;:&apos; الذي يقرؤه Windows حرفًا لمحرّك أقراص)؛ رُفض ملف zip.</translation>
    </message>
    <message>
        <source>appears twice in the zip.</source>
        <translation>يظهر مرتين في ملف zip.</translation>
    </message>
    <message>
        <source>is encrypted; packages cannot use zip passwords.</source>
        <translation>مشفّر؛ لا يمكن أن يكون ملف zip للحزمة محميًا بكلمة مرور.</translation>
    </message>
    <message>
        <source>could not be unpacked from the zip ({error}).</source>
        <translation>تعذّر استخراجه من ملف zip ({error}).</translation>
    </message>
    <message>
        <source>unpacks to more than its declared size; the zip is damaged.</source>
        <translation>حجمه بعد الاستخراج أكبر من الحجم المعلن؛ ملف zip تالف.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error})</source>
        <translation>تعذّرت قراءة {path} ({error})</translation>
    </message>
    <message>
        <source>{path} is {size} bytes now, not the {expected} it was when the package was read</source>
        <translation>حجم {path} الآن {size} بايت، وليس {expected} كما كان عند قراءة الحزمة</translation>
    </message>
    <message>
        <source>{path} is shorter now than the {size} bytes it was when the package was read</source>
        <translation>صار {path} الآن أقصر من {size} بايت، وهو حجمه عند قراءة الحزمة</translation>
    </message>
    <message>
        <source>differs from {other} only in upper and lower case; Windows and macOS would see one file: rename one of them.</source>
        <translation>لا يختلف عن {other} إلا في الأحرف الكبيرة والصغيرة؛ سيراهما Windows وmacOS ملفًا واحدًا: غيّر اسم أحدهما.</translation>
    </message>
    <message>
        <source>is a file, but the package also has a folder {folder}/; a name cannot be both.</source>
        <translation>هذا ملف، لكن الحزمة فيها أيضًا مجلد باسم {folder}/؛ ولا يمكن أن يكون الاسم الواحد ملفًا ومجلدًا معًا.</translation>
    </message>
    <message>
        <source>the path is {length} characters long; at most {limit} fit on every computer once Lantern&apos;s data folder is in front of it.</source>
        <translation>عدد أحرف المسار {length}؛ وأقصى طول يصلح على كل حاسوب بعد إضافة مسار مجلد بيانات Lantern قبله هو {limit}.</translation>
    </message>
    <message>
        <source>a name is longer than {limit} bytes, the most common file systems allow.</source>
        <translation>أحد الأسماء أطول من {limit} بايت، وهو أقصى ما تسمح به أنظمة الملفات الشائعة.</translation>
    </message>
    <message>
        <source>a name holds a character Windows refuses in file names (&lt; &gt; : &quot; | ? * or a control character).</source>
        <translation>أحد الأسماء فيه محرف يرفضه Windows في أسماء الملفات (&lt; &gt; : &quot; | ? * أو محرف تحكّم).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is a name Windows reserves for a device; rename it.</source>
        <translation>&apos;{part}&apos; اسم يحجزه Windows لأحد الأجهزة؛ غيّر الاسم.</translation>
    </message>
    <message>
        <source>a name ends in a dot or a space, which Windows drops; rename it.</source>
        <translation>أحد الأسماء ينتهي بنقطة أو مسافة يحذفها Windows؛ غيّر الاسم.</translation>
    </message>
    <message>
        <source>is empty (0 bytes), not an image.</source>
        <translation>فارغ (0 بايت) وليس صورة.</translation>
    </message>
    <message>
        <source>is not a {kind} image: its content does not start like one (perhaps it was renamed, or only partly copied).</source>
        <translation>ليس صورة {kind}: محتواه لا يبدأ كما تبدأ هذه الصور (ربما غُيّر اسمه، أو نُسخ جزء منه فقط).</translation>
    </message>
    <message>
        <source>is {size} bytes; a captions file may be at most {limit} bytes.</source>
        <translation>حجمه {size} بايت؛ والحد الأقصى لحجم ملف الترجمة النصية {limit} بايت.</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save the captions as UTF-8.</source>
        <translation>ليس نصًا بترميز UTF-8؛ احفظ الترجمة النصية بترميز UTF-8.</translation>
    </message>
    <message>
        <source>is not a WebVTT file: its first line must be &apos;WEBVTT&apos;.</source>
        <translation>ليس ملف WebVTT: يجب أن يكون سطره الأول &apos;WEBVTT&apos;.</translation>
    </message>
    <message>
        <source>a cue&apos;s times are not like 00:01.000 --&gt; 00:04.500 (minutes:seconds.milliseconds, or hours:minutes:seconds.milliseconds).</source>
        <translation>أوقات أحد مقاطع الترجمة ليست بالشكل 00:01.000 --&gt; 00:04.500 (دقائق:ثوانٍ.ميلي ثانية، أو ساعات:دقائق:ثوانٍ.ميلي ثانية).</translation>
    </message>
    <message>
        <source>a cue ends before it starts.</source>
        <translation>أحد مقاطع الترجمة ينتهي قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>holds no captions (no line with &apos;--&gt;&apos;).</source>
        <translation>لا يحتوي على أي ترجمة نصية (لا يوجد سطر فيه &apos;--&gt;&apos;).</translation>
    </message>
    <message>
        <source>could not be read: {reason}.</source>
        <translation>تعذّرت قراءته: {reason}.</translation>
    </message>
    <message>
        <source>is empty (0 bytes).</source>
        <translation>فارغ (0 بايت).</translation>
    </message>
    <message>
        <source>is not {kind}: its content does not start like one (perhaps it was renamed, or only partly copied).</source>
        <translation>ليس {kind}: محتواه لا يبدأ كما يبدأ هذا النوع من الملفات (ربما غُيّر اسمه، أو نُسخ جزء منه فقط).</translation>
    </message>
    <message>
        <source>is named as {named} but holds {found}; give it the right extension.</source>
        <translation>اسمه يدل على أنه {named}، لكنه يحتوي على {found}؛ أعطه الامتداد الصحيح.</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation>فيديو MP4</translation>
    </message>
    <message>
        <source>a WebM video</source>
        <translation>فيديو WebM</translation>
    </message>
    <message>
        <source>an MP3 sound file</source>
        <translation>ملف صوت MP3</translation>
    </message>
    <message>
        <source>an M4A sound file</source>
        <translation>ملف صوت M4A</translation>
    </message>
    <message>
        <source>an Ogg sound file</source>
        <translation>ملف صوت Ogg</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>the lesson has more than {limit} media blocks; split it into several lessons.</source>
        <translation>عدد كتل الوسائط في الدرس أكثر من {limit}؛ قسّمه إلى عدة دروس.</translation>
    </message>
    <message>
        <source>the media block is not valid TOML: {error}.</source>
        <translation>محتوى كتلة الوسائط ليس TOML صالحًا: {error}.</translation>
    </message>
    <message>
        <source>the media block names no file: add a line like file = &quot;media/talk.mp4&quot;.</source>
        <translation>لا تذكر كتلة الوسائط أي ملف: أضف سطرًا مثل file = &quot;media/talk.mp4&quot;.</translation>
    </message>
    <message>
        <source>the media block has no title: add a line like title = &quot;What the video shows&quot; (learners who cannot see or hear it read the title).</source>
        <translation>ليس لكتلة الوسائط عنوان: أضف سطرًا مثل title = &quot;What the video shows&quot; (المتعلّمون الذين لا يستطيعون رؤية الوسائط أو سماعها يقرؤون العنوان).</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be like &quot;2:05&quot; (minutes:seconds), &quot;1:02:05&quot; (hours:minutes:seconds) or a whole number of seconds, from 1 second to 24 hours.</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; في {where} بالشكل &quot;2:05&quot; (دقائق:ثوانٍ) أو &quot;1:02:05&quot; (ساعات:دقائق:ثوانٍ) أو عددًا صحيحًا من الثواني، من ثانية واحدة إلى 24 ساعة.</translation>
    </message>
    <message>
        <source>a lesson cannot link to files or pages of the package; link to a section (#…) or to a web address (https://…)</source>
        <translation>لا يمكن أن يرتبط الدرس بملفات الحزمة أو صفحاتها؛ اجعل الرابط إلى قسم (#…) أو إلى عنوان ويب (https://…)</translation>
    </message>
    <message>
        <source>a lesson may link to web addresses (http, https) and e-mail (mailto), not &apos;{scheme}:&apos; ones</source>
        <translation>يمكن أن يرتبط الدرس بعناوين الويب (http وhttps) والبريد الإلكتروني (mailto)، لا بعناوين &apos;{scheme}:&apos;</translation>
    </message>
    <message>
        <source>the {scheme}: address has no host (write {scheme}://name.example/…)</source>
        <translation>العنوان {scheme}: بلا اسم مضيف (اكتب {scheme}://name.example/…)</translation>
    </message>
    <message>
        <source>the mailto: address names nobody</source>
        <translation>العنوان mailto: لا يذكر أي مستلم</translation>
    </message>
    <message>
        <source>the mailto: address sets {fields}; an e-mail link may set only to, cc, bcc, subject and body</source>
        <translation>العنوان mailto: يحدّد {fields}؛ ولا يجوز لرابط البريد الإلكتروني أن يحدّد إلا to وcc وbcc وsubject وbody</translation>
    </message>
    <message>
        <source>the formula is {length} characters long (at most {limit})</source>
        <translation>عدد أحرف الصيغة {length} (الحد الأقصى {limit})</translation>
    </message>
    <message>
        <source>the formula nests too deeply</source>
        <translation>مستويات التداخل في الصيغة كثيرة جدًا</translation>
    </message>
    <message>
        <source>the formula cannot be read ({kind})</source>
        <translation>تتعذّر قراءة الصيغة ({kind})</translation>
    </message>
    <message>
        <source>the formula cannot be read ({kind}: {error})</source>
        <translation>تتعذّر قراءة الصيغة ({kind}: {error})</translation>
    </message>
    <message>
        <source>is not an SVG image Lantern accepts: save it as UTF-8.</source>
        <translation>ليس صورة SVG يقبلها Lantern: احفظه بترميز UTF-8.</translation>
    </message>
    <message>
        <source>is not a well-formed SVG image ({error}).</source>
        <translation>ليس صورة SVG سليمة البنية ({error}).</translation>
    </message>
    <message>
        <source>is not an SVG image: it holds no &lt;svg&gt; element.</source>
        <translation>ليس صورة SVG: لا يحتوي على عنصر &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>is not an SVG image browsers treat as one: &lt;svg&gt; needs xmlns=&quot;http://www.w3.org/2000/svg&quot;.</source>
        <translation>ليس صورة SVG تعاملها المتصفحات على أنها كذلك: يحتاج &lt;svg&gt; إلى xmlns=&quot;http://www.w3.org/2000/svg&quot;.</translation>
    </message>
    <message>
        <source>is not an SVG image: its first element is &lt;{element}&gt;, not &lt;svg&gt;.</source>
        <translation>ليس صورة SVG: عنصره الأول &lt;{element}&gt; وليس &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>is not an SVG image: its first element is &lt;{element}&gt; in the {namespace} namespace, not &lt;svg&gt;.</source>
        <translation>ليس صورة SVG: عنصره الأول &lt;{element}&gt; في مساحة الأسماء {namespace}، وليس &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>is an SVG that declares the encoding {encoding}; save it as UTF-8 (browsers would read it differently from Lantern).</source>
        <translation>ملف SVG يُعلن أن ترميزه {encoding}؛ احفظه بترميز UTF-8 (وإلا فستقرؤه المتصفحات بطريقة تختلف عن Lantern).</translation>
    </message>
    <message>
        <source>is an SVG with a DOCTYPE; save it without one (a plain SVG needs none, and its entities could fill memory or read other files).</source>
        <translation>ملف SVG فيه DOCTYPE؛ احفظه دونه (لا تحتاج صورة SVG العادية إليه، وقد تملأ كياناته الذاكرة أو تقرأ ملفات أخرى).</translation>
    </message>
    <message>
        <source>is an SVG with a processing instruction (&lt;?{target} …?&gt;), which can make a browser load a style sheet from elsewhere; remove it.</source>
        <translation>ملف SVG فيه تعليمة معالجة (&lt;?{target} …?&gt;)، وقد تجعل المتصفح يحمّل ورقة أنماط من مكان آخر؛ أزلها.</translation>
    </message>
    <message>
        <source>is an SVG whose elements are nested more than {limit} deep; Lantern&apos;s reader would show nothing of what lies deeper: ungroup some of its groups.</source>
        <translation>ملف SVG يزيد عمق تداخل عناصره على {limit} مستوى؛ لن يعرض قارئ Lantern شيئًا مما هو أعمق من ذلك: فُكّ تجميع بعض مجموعاته.</translation>
    </message>
    <message>
        <source>is an SVG with an element &lt;{element}&gt; outside the SVG namespace; remove it.</source>
        <translation>ملف SVG فيه عنصر &lt;{element}&gt; خارج مساحة أسماء SVG؛ أزله.</translation>
    </message>
    <message>
        <source>is an SVG with an element &lt;{element}&gt; from {language}, which a browser could run or show as a page; remove it.</source>
        <translation>ملف SVG فيه عنصر &lt;{element}&gt; من لغة {language}، وقد يشغّله المتصفح أو يعرضه كصفحة؛ أزله.</translation>
    </message>
    <message>
        <source>is an SVG with an element &lt;{element}&gt; from namespace {namespace}, which a browser could run or show as a page; remove it.</source>
        <translation>ملف SVG فيه عنصر &lt;{element}&gt; من مساحة الأسماء {namespace}، وقد يشغّله المتصفح أو يعرضه كصفحة؛ أزله.</translation>
    </message>
    <message>
        <source>is an SVG with a &lt;script&gt;, which a browser would run; remove it.</source>
        <translation>ملف SVG فيه &lt;script&gt;، وسيشغّله المتصفح؛ أزله.</translation>
    </message>
    <message>
        <source>is an SVG with a link (&lt;a&gt;); links do nothing in a picture: remove it.</source>
        <translation>ملف SVG فيه رابط (&lt;a&gt;)؛ لا تعمل الروابط في الصورة: أزله.</translation>
    </message>
    <message>
        <source>is an SVG with a &lt;foreignObject&gt;, which embeds a web page in the picture; remove it.</source>
        <translation>ملف SVG فيه &lt;foreignObject&gt;، وهو يضمّن صفحة ويب في الصورة؛ أزله.</translation>
    </message>
    <message>
        <source>is an SVG with a &lt;{element}&gt; element, which is not one a picture needs (only drawing elements are published); remove it.</source>
        <translation>ملف SVG فيه عنصر &lt;{element}&gt; لا تحتاج إليه الصورة (لا تُنشر إلا عناصر الرسم)؛ أزله.</translation>
    </message>
    <message>
        <source>is an SVG with a &lt;style type=&quot;{kind}&quot;&gt;; only CSS style sheets are allowed.</source>
        <translation>ملف SVG فيه &lt;style type=&quot;{kind}&quot;&gt;؛ لا يُسمح إلا بأوراق أنماط CSS.</translation>
    </message>
    <message>
        <source>is an SVG whose &lt;style&gt; {problem}.</source>
        <translation>ملف SVG، ومحتوى عنصر &lt;style&gt; {problem}.</translation>
    </message>
    <message>
        <source>is an SVG whose {attribute}= on &lt;{element}&gt; {problem}.</source>
        <translation>ملف SVG، ومحتوى السمة {attribute}= في &lt;{element}&gt; {problem}.</translation>
    </message>
    <message>
        <source>is an SVG whose editor element &lt;{element}&gt; has an attribute {attribute}=; remove it.</source>
        <translation>ملف SVG فيه عنصر &lt;{element}&gt; خاص ببرنامج التحرير وله السمة {attribute}=؛ أزلها.</translation>
    </message>
    <message>
        <source>is an SVG with an event handler ({attribute}=…), which a browser would run; remove it.</source>
        <translation>ملف SVG فيه معالج أحداث ({attribute}=…)، وسيشغّله المتصفح؛ أزله.</translation>
    </message>
    <message>
        <source>is an SVG with an attribute xml:{attribute} that Lantern does not publish.</source>
        <translation>ملف SVG فيه السمة xml:{attribute} التي لا ينشرها Lantern.</translation>
    </message>
    <message>
        <source>is an SVG with an attribute {attribute} (namespace {namespace}) that Lantern does not publish.</source>
        <translation>ملف SVG فيه السمة {attribute} (مساحة الأسماء {namespace}) التي لا ينشرها Lantern.</translation>
    </message>
    <message>
        <source>is an SVG with an attribute {attribute}= on &lt;{element}&gt;, which is not one a picture needs; remove it.</source>
        <translation>ملف SVG فيه السمة {attribute}= على &lt;{element}&gt;، وهي ليست مما تحتاج إليه الصورة؛ أزلها.</translation>
    </message>
    <message>
        <source>is an SVG with a link on &lt;{element}&gt; ({attribute}=); links do nothing in a picture: remove it.</source>
        <translation>ملف SVG فيه رابط على &lt;{element}&gt; ({attribute}=)؛ لا تعمل الروابط في الصورة: أزله.</translation>
    </message>
    <message>
        <source>is an SVG that refers to another file or site ({attribute}={value} on &lt;{element}&gt;); it may refer only to a part of the picture itself (#id).</source>
        <translation>ملف SVG يشير إلى ملف أو موقع آخر ({attribute}={value} على &lt;{element}&gt;)؛ لا يجوز أن يشير إلا إلى جزء من الصورة نفسها (#id).</translation>
    </message>
    <message>
        <source>is an SVG that refers to another file or site ({attribute}={value} on &lt;{element}&gt;); it may refer only to a part of the picture (#id) or a PNG, JPEG, GIF or WebP picture of the package.</source>
        <translation>ملف SVG يشير إلى ملف أو موقع آخر ({attribute}={value} على &lt;{element}&gt;)؛ لا يجوز أن يشير إلا إلى جزء من الصورة (#id) أو إلى صورة PNG أو JPEG أو GIF أو WebP في الحزمة.</translation>
    </message>
    <message>
        <source>is an SVG whose image {value} points outside the package.</source>
        <translation>ملف SVG تشير صورته {value} إلى خارج الحزمة.</translation>
    </message>
    <message>
        <source>is an SVG that places {target} in it; only PNG, JPEG, GIF or WebP pictures may be placed in an SVG.</source>
        <translation>ملف SVG يضع {target} داخله؛ لا يجوز أن تُوضع داخل SVG إلا صور PNG أو JPEG أو GIF أو WebP.</translation>
    </message>
    <message>
        <source>is an SVG whose image {target} is not in the package.</source>
        <translation>ملف SVG صورته {target} غير موجودة في الحزمة.</translation>
    </message>
    <message>
        <source>is an SVG with an &lt;{element}&gt; that names no attributeName.</source>
        <translation>ملف SVG فيه عنصر &lt;{element}&gt; لا يحدّد attributeName.</translation>
    </message>
    <message>
        <source>is an SVG with an &lt;{element}&gt; that changes a link address; an animation may change only how the picture looks.</source>
        <translation>ملف SVG فيه عنصر &lt;{element}&gt; يغيّر عنوان رابط؛ لا يجوز للتحريك أن يغيّر إلا مظهر الصورة.</translation>
    </message>
    <message>
        <source>is an SVG with an &lt;{element}&gt; that changes the attribute {attribute}; an animation may change only how the picture looks.</source>
        <translation>ملف SVG فيه عنصر &lt;{element}&gt; يغيّر السمة {attribute}؛ لا يجوز للتحريك أن يغيّر إلا مظهر الصورة.</translation>
    </message>
    <message>
        <source>uses a CSS escape (a backslash), which can hide an address</source>
        <translation>يستخدم تهريب CSS (شرطة مائلة عكسية)، وهو ما قد يُخفي عنوانًا</translation>
    </message>
    <message>
        <source>has a comment that does not end</source>
        <translation>فيه تعليق لا ينتهي</translation>
    </message>
    <message>
        <source>refers to another file or site with url(…); only url(#id) may be used</source>
        <translation>يشير إلى ملف أو موقع آخر عبر url(…)؛ لا يُسمح إلا بـ url(#id)</translation>
    </message>
    <message>
        <source>uses {function}(…), which can fetch from elsewhere</source>
        <translation>يستخدم {function}(…)، وهو ما قد يجلب محتوى من مكان آخر</translation>
    </message>
    <message>
        <source>attaches behaviour from elsewhere</source>
        <translation>يُلحق سلوكًا من مكان آخر</translation>
    </message>
    <message>
        <source>has an @{rule} rule (only @media, @keyframes, @supports)</source>
        <translation>فيه قاعدة @{rule} (لا يُسمح إلا بـ @media و@keyframes و@supports)</translation>
    </message>
    <message>
        <source>is not valid TOML: {reason}.</source>
        <translation>ليس TOML صالحًا: {reason}.</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>arrays or tables are nested more than {limit} levels deep</source>
        <translation>تتداخل المصفوفات أو الجداول في أكثر من {limit} من المستويات</translation>
    </message>
    <message>
        <source>values are nested too deeply (at most {limit} levels)</source>
        <translation>القيم متداخلة بعمق زائد (الحد الأقصى للمستويات {limit})</translation>
    </message>
    <message>
        <source>a number has far too many digits</source>
        <translation>أحد الأعداد فيه أرقام كثيرة جدًا</translation>
    </message>
    <message>
        <source>a number is far too large</source>
        <translation>أحد الأعداد كبير جدًا</translation>
    </message>
    <message>
        <source>a text holds a NUL character (\u0000), which the server cannot store</source>
        <translation>أحد النصوص يحتوي على المحرف NUL (\u0000)، ولا يستطيع الخادم تخزينه</translation>
    </message>
    <message>
        <source>is not UTF-8 text (save it as UTF-8 in your editor).</source>
        <translation>ليس نصًا بترميز UTF-8 (احفظه بترميز UTF-8 في محرّرك).</translation>
    </message>
    <message>
        <source>holds a NUL character (byte 0), which the server cannot store; remove it (it is invisible in most editors).</source>
        <translation>يحتوي على المحرف NUL (البايت 0)، ولا يستطيع الخادم تخزينه؛ أزله (لا يظهر في معظم المحرّرات).</translation>
    </message>
    <message>
        <source>is missing: a package needs a course.toml beside its lesson files.</source>
        <translation>غير موجود: تحتاج الحزمة إلى ملف course.toml بجانب ملفات دروسها.</translation>
    </message>
    <message>
        <source>the package has no lessons: add a Markdown file (like 01-welcome.md) beside course.toml.</source>
        <translation>لا توجد دروس في الحزمة: أضف ملف Markdown (مثل 01-welcome.md) بجانب course.toml.</translation>
    </message>
    <message>
        <source>belongs to no lesson: there is no {lesson}.</source>
        <translation>لا ينتمي إلى أي درس: لا يوجد {lesson}.</translation>
    </message>
    <message>
        <source>slug {slug} may use only letters, digits, &apos;-&apos; and &apos;_&apos;, and must start with a letter or digit.</source>
        <translation>يجب أن تقتصر قيمة slug {slug} على الحروف والأرقام و&apos;-&apos; و&apos;_&apos;، وأن تبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>id {id} is not a UUID (like &apos;0b7d6c1e-8f7a-4c33-9d0e-2f1f7c9a6b52&apos;); remove it to derive one from the slug.</source>
        <translation>قيمة id {id} ليست بصيغة UUID (مثل &apos;0b7d6c1e-8f7a-4c33-9d0e-2f1f7c9a6b52&apos;)؛ أزلها ليُشتقّ المعرّف من قيمة slug.</translation>
    </message>
    <message>
        <source>&apos;price&apos; of {where} must be a number from 0 to {maximum} with at most two decimals, like 9.99.</source>
        <translation>يجب أن تكون قيمة &apos;price&apos; في {where} عددًا من 0 إلى {maximum} بمنزلتين عشريتين على الأكثر، مثل 9.99.</translation>
    </message>
    <message>
        <source>achievements must be [[achievements]] tables.</source>
        <translation>يجب أن تكون الإنجازات جداول [[achievements]].</translation>
    </message>
    <message>
        <source>two achievements have the key {key}; keys must differ.</source>
        <translation>يحمل إنجازان المفتاح {key} نفسه؛ يجب أن يكون لكل إنجاز مفتاح مختلف.</translation>
    </message>
    <message>
        <source>the criteria table needs a &apos;type&apos;, such as &quot;course_completion&quot;.</source>
        <translation>يحتاج الجدول criteria إلى &apos;type&apos;، مثل &quot;course_completion&quot;.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>the criteria &apos;type&apos; is {value}; a course&apos;s achievement may use {types}.</source>
        <translation>قيمة &apos;type&apos; في الجدول criteria هي {value}؛ يمكن لإنجاز الدورة أن يستخدم: {types}.</translation>
    </message>
    <message>
        <source>the criteria key &apos;{key}&apos; is not understood (known: {known}).</source>
        <translation>المفتاح &apos;{key}&apos; في الجدول criteria غير مفهوم (المفاتيح المعروفة: {known}).</translation>
    </message>
    <message>
        <source>the criteria name course {named}, but this course&apos;s id is {course_id}; leave course_id out.</source>
        <translation>يشير الجدول criteria إلى الدورة {named}، لكن معرّف هذه الدورة هو {course_id}؛ احذف course_id.</translation>
    </message>
    <message>
        <source>&quot;course_completion&quot; is earned by completing this course and takes no required_count.</source>
        <translation>يُنال &quot;course_completion&quot; بإكمال هذه الدورة، ولا يقبل required_count.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; needs a required_count, a whole number from 1 to {maximum}, counted within this course.</source>
        <translation>يحتاج &quot;{kind}&quot; إلى required_count، وهو عدد صحيح من 1 إلى {maximum} يُحسب ضمن هذه الدورة.</translation>
    </message>
    <message>
        <source>&apos;language&apos; of {where}: {problem}</source>
        <translation>&apos;language&apos; في {where}: {problem}</translation>
    </message>
    <message>
        <source>{tag} is not a language tag; write one like &quot;ar&quot;, &quot;he&quot;, &quot;fa-IR&quot; or &quot;en-GB&quot; (language, then optionally script and region).</source>
        <translation>{tag} ليس وسم لغة؛ اكتب وسمًا مثل &quot;ar&quot; أو &quot;he&quot; أو &quot;fa-IR&quot; أو &quot;en-GB&quot; (اللغة، ثم نظام الكتابة والمنطقة اختياريًا).</translation>
    </message>
    <message>
        <source>has no front matter: the first line must be &apos;{fence}&apos;, then the lesson&apos;s TOML settings, then another &apos;{fence}&apos;.</source>
        <translation>لا يحتوي على ترويسة: يجب أن يكون السطر الأول &apos;{fence}&apos;، ثم إعدادات الدرس بصيغة TOML، ثم &apos;{fence}&apos; مرة أخرى.</translation>
    </message>
    <message>
        <source>front matter is not closed: add a line &apos;{fence}&apos; after the lesson&apos;s settings.</source>
        <translation>الترويسة غير مغلقة: أضف سطرًا &apos;{fence}&apos; بعد إعدادات الدرس.</translation>
    </message>
    <message>
        <source>front matter is not valid TOML: {reason}.</source>
        <translation>محتوى الترويسة ليس TOML صالحًا: {reason}.</translation>
    </message>
    <message>
        <source>a lesson&apos;s file name may use only letters, digits, &apos;-&apos; and &apos;_&apos; (it becomes part of the lesson&apos;s address).</source>
        <translation>يجب أن يقتصر اسم ملف الدرس على الحروف والأرقام و&apos;-&apos; و&apos;_&apos; (لأنه يصبح جزءًا من عنوان الدرس).</translation>
    </message>
    <message>
        <source>order {order} is already used by {other}; each lesson needs its own order number.</source>
        <translation>قيمة order {order} مستخدمة من قبل في {other}؛ يحتاج كل درس إلى رقم ترتيب خاص به.</translation>
    </message>
    <message>
        <source>the lesson has more than {maximum} images and links; split it into several lessons.</source>
        <translation>في الدرس أكثر من {maximum} من الصور والروابط؛ قسّمه إلى عدة دروس.</translation>
    </message>
    <message>
        <source>a lesson cannot be its own prerequisite.</source>
        <translation>لا يمكن أن يكون الدرس متطلّبًا سابقًا لنفسه.</translation>
    </message>
    <message>
        <source>prerequisite {name} names no lesson; use a lesson&apos;s file name without &apos;.md&apos; (lessons: {lessons}).</source>
        <translation>المتطلّب السابق {name} لا يطابق أي درس؛ استخدم اسم ملف الدرس دون &apos;.md&apos; (الدروس: {lessons}).</translation>
    </message>
    <message>
        <source>prerequisites go round in a circle: {circle}; no learner could start any of them.</source>
        <translation>المتطلّبات السابقة تدور في حلقة: {circle}؛ لن يتمكّن أي متعلّم من بدء أيٍّ منها.</translation>
    </message>
    <message>
        <source>quiz questions are set both here and in {path}; keep them in one place.</source>
        <translation>أسئلة الاختبار محدّدة هنا وفي {path} معًا؛ اجعلها في مكان واحد.</translation>
    </message>
    <message>
        <source>the quiz mode is set both here and in {path}; keep them in one place.</source>
        <translation>وضع الاختبار محدّد هنا وفي {path} معًا؛ اجعله في مكان واحد.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set both here and in {path}; keep them in one place.</source>
        <translation>&apos;{key}&apos; محدّد هنا وفي {path} معًا؛ اجعله في مكان واحد.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is for assessed quizzes; a practice quiz can be taken as often as the learner likes and always shows which answers were right (set mode = &quot;assessed&quot;, or remove it).</source>
        <translation>&apos;{key}&apos; خاص بالاختبارات التقييمية؛ يمكن للمتعلّم أن يجري الاختبار التدريبي كلما شاء، وهو يعرض دائمًا الإجابات الصحيحة (اضبط mode = &quot;assessed&quot;، أو أزله).</translation>
    </message>
    <message>
        <source>&apos;attempts&apos; of {where} is {value}; allow at most {maximum}.</source>
        <translation>قيمة &apos;attempts&apos; في {where} هي {value}؛ الحد الأقصى المسموح به {maximum}.</translation>
    </message>
    <message>
        <source>quiz questions must be written as [[questions]] tables.</source>
        <translation>يجب كتابة أسئلة الاختبار على شكل جداول [[questions]].</translation>
    </message>
    <message>
        <source>give question {number} a stable id, like id = &quot;{example}&quot;, so learners&apos; answers stay attached to it when you edit the quiz.</source>
        <translation>أعطِ السؤال {number} معرّفًا ثابتًا، مثل id = &quot;{example}&quot;، كي تبقى إجابات المتعلّمين مرتبطة به عندما تعدّل الاختبار.</translation>
    </message>
    <message>
        <source>two questions of this lesson have the id {id}.</source>
        <translation>يحمل سؤالان في هذا الدرس المعرّف {id} نفسه.</translation>
    </message>
    <message numerus="yes">
        <source>the explanation of {where} is %Ln character(s) long; keep it to at most {maximum} (a few sentences).</source>
        <translation>
            <numerusform>طول الشرح في {where} هو %Ln حرف؛ اجعله لا يتجاوز {maximum} (بضع جمل).</numerusform>
            <numerusform>طول الشرح في {where} هو حرف واحد؛ اجعله لا يتجاوز {maximum} (بضع جمل).</numerusform>
            <numerusform>طول الشرح في {where} هو حرفان؛ اجعله لا يتجاوز {maximum} (بضع جمل).</numerusform>
            <numerusform>طول الشرح في {where} هو %Ln أحرف؛ اجعله لا يتجاوز {maximum} (بضع جمل).</numerusform>
            <numerusform>طول الشرح في {where} هو %Ln حرفًا؛ اجعله لا يتجاوز {maximum} (بضع جمل).</numerusform>
            <numerusform>طول الشرح في {where} هو %Ln حرف؛ اجعله لا يتجاوز {maximum} (بضع جمل).</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} is {kind}; scoring = &quot;partial&quot; is only for multiple_choice questions, where a learner can be partly right.</source>
        <translation>{where} من النوع {kind}؛ scoring = &quot;partial&quot; مخصّص لأسئلة multiple_choice فقط، إذ يمكن أن تكون إجابة المتعلّم فيها صحيحة جزئيًا.</translation>
    </message>
    <message>
        <source>{where} is {kind}; case_sensitive is only for short_answer questions.</source>
        <translation>{where} من النوع {kind}؛ case_sensitive مخصّص لأسئلة short_answer فقط.</translation>
    </message>
    <message>
        <source>{where} needs &apos;options&apos;: a list of at least two answers to choose from.</source>
        <translation>يحتاج {where} إلى &apos;options&apos;: قائمة من إجابتين على الأقل يُختار منها.</translation>
    </message>
    <message>
        <source>{where} has more than {maximum} options.</source>
        <translation>في {where} أكثر من {maximum} من الخيارات.</translation>
    </message>
    <message>
        <source>the options of {where} must all be texts, or all tables like {{ id = &quot;paris&quot;, text = &quot;Paris&quot; }}.</source>
        <translation>يجب أن تكون الخيارات في {where} كلها نصوصًا، أو كلها جداول مثل {{ id = &quot;paris&quot;, text = &quot;Paris&quot; }}.</translation>
    </message>
    <message>
        <source>each option of {where} needs exactly a non-empty &apos;id&apos; and &apos;text&apos;.</source>
        <translation>يحتاج كل خيار في {where} إلى &apos;id&apos; و&apos;text&apos; غير فارغين، ولا شيء غيرهما.</translation>
    </message>
    <message>
        <source>{where} has two options with the id {id}.</source>
        <translation>في {where} خياران لهما المعرّف {id} نفسه.</translation>
    </message>
    <message>
        <source>&apos;accepted&apos; is for short answers; {where} is {kind} and names its answers in &apos;correct&apos;.</source>
        <translation>&apos;accepted&apos; مخصّص للإجابات القصيرة؛ {where} من النوع {kind} وتُحدَّد إجاباته في &apos;correct&apos;.</translation>
    </message>
    <message>
        <source>{where} has no correct answer: add &apos;correct&apos; with the id of the right option (&quot;a&quot;, &quot;b&quot;, … for plain option lists).</source>
        <translation>لا توجد إجابة صحيحة في {where}: أضف &apos;correct&apos; بمعرّف الخيار الصحيح (&quot;a&quot;، &quot;b&quot;، … في قوائم الخيارات النصية البسيطة).</translation>
    </message>
    <message>
        <source>&apos;correct&apos; of {where} must name option ids.</source>
        <translation>يجب أن تذكر قيمة &apos;correct&apos; في {where} معرّفات خيارات.</translation>
    </message>
    <message numerus="yes">
        <source>{where} is single_choice but has %Ln correct answer(s); keep one or make it kind = &quot;multiple_choice&quot;.</source>
        <translation>
            <numerusform>{where} من النوع single_choice لكن فيه %Ln إجابة صحيحة؛ أبقِ واحدة أو اجعله kind = &quot;multiple_choice&quot;.</numerusform>
            <numerusform>{where} من النوع single_choice لكن فيه إجابة صحيحة واحدة؛ أبقِ واحدة أو اجعله kind = &quot;multiple_choice&quot;.</numerusform>
            <numerusform>{where} من النوع single_choice لكن فيه إجابتان صحيحتان؛ أبقِ واحدة أو اجعله kind = &quot;multiple_choice&quot;.</numerusform>
            <numerusform>{where} من النوع single_choice لكن فيه %Ln إجابات صحيحة؛ أبقِ واحدة أو اجعله kind = &quot;multiple_choice&quot;.</numerusform>
            <numerusform>{where} من النوع single_choice لكن فيه %Ln إجابةً صحيحة؛ أبقِ واحدة أو اجعله kind = &quot;multiple_choice&quot;.</numerusform>
            <numerusform>{where} من النوع single_choice لكن فيه %Ln إجابة صحيحة؛ أبقِ واحدة أو اجعله kind = &quot;multiple_choice&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;correct&apos; of {where} names {unknown}, which is not an option (options: {options}).</source>
        <translation>تذكر قيمة &apos;correct&apos; في {where} ما ليس من الخيارات: {unknown} (الخيارات: {options}).</translation>
    </message>
    <message>
        <source>{where} is short_answer: list the right answers in &apos;accepted&apos; instead of &apos;{key}&apos;.</source>
        <translation>{where} من النوع short_answer: اذكر الإجابات الصحيحة في &apos;accepted&apos; بدلًا من &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>{where} has no correct answer: add &apos;accepted&apos;, a list of the answers to count as right.</source>
        <translation>لا توجد إجابة صحيحة في {where}: أضف &apos;accepted&apos;، وهي قائمة بالإجابات التي تُحتسب صحيحة.</translation>
    </message>
    <message>
        <source>&apos;accepted&apos; of {where} must be a list of non-empty texts.</source>
        <translation>يجب أن تكون قيمة &apos;accepted&apos; في {where} قائمة نصوص غير فارغة.</translation>
    </message>
    <message>
        <source>image {target} points outside the package; use a path relative to the package folder, like images/picture.png.</source>
        <translation>الصورة {target} تشير إلى خارج الحزمة؛ استخدم مسارًا نسبيًا إلى مجلد الحزمة، مثل images/picture.png.</translation>
    </message>
    <message>
        <source>image {target} is not in the package.</source>
        <translation>الصورة {target} غير موجودة في الحزمة.</translation>
    </message>
    <message>
        <source>{target} is not an image Lantern can show (use .png, .jpg, .jpeg, .gif, .webp or .svg).</source>
        <translation>{target} ليس صورة يستطيع Lantern عرضها (استخدم .png أو .jpg أو .jpeg أو .gif أو .webp أو .svg).</translation>
    </message>
    <message>
        <source>image reference [{label}] is not defined: add a line like &apos;[{label}]: images/picture.png&apos; to the lesson.</source>
        <translation>مرجع الصورة [{label}] غير معرَّف: أضف إلى الدرس سطرًا مثل &apos;[{label}]: images/picture.png&apos;.</translation>
    </message>
    <message>
        <source>image {target} uses a &apos;{scheme}:&apos; address; an image is a file in the package (or a web address, http or https).</source>
        <translation>الصورة {target} تستخدم عنوانًا من نوع &apos;{scheme}:&apos;؛ الصورة ملف في الحزمة (أو عنوان ويب، http أو https).</translation>
    </message>
    <message>
        <source>thumbnail {target} points outside the package.</source>
        <translation>الصورة المصغّرة {target} تشير إلى خارج الحزمة.</translation>
    </message>
    <message>
        <source>thumbnail {target} is not in the package.</source>
        <translation>الصورة المصغّرة {target} غير موجودة في الحزمة.</translation>
    </message>
    <message>
        <source>link {target} would not open: {reason}.</source>
        <translation>الرابط {target} لن يُفتح: {reason}.</translation>
    </message>
    <message>
        <source>{problem}; learners would see its TeX source instead of the formula.</source>
        <translation>{problem}؛ سيرى المتعلّمون نص TeX المصدري بدلًا من الصيغة.</translation>
    </message>
    <message>
        <source>{target} is not a video, sound or PDF file Lantern can show (use {types}).</source>
        <translation>{target} ليس ملف فيديو أو صوت أو PDF يستطيع Lantern عرضه (استخدم {types}).</translation>
    </message>
    <message>
        <source>media file {target} is not a file of the package; use a path relative to the package folder, like media/talk.mp4.</source>
        <translation>ملف الوسائط {target} ليس ملفًا من الحزمة؛ استخدم مسارًا نسبيًا إلى مجلد الحزمة، مثل media/talk.mp4.</translation>
    </message>
    <message>
        <source>media file {target} is not in the package.</source>
        <translation>ملف الوسائط {target} غير موجود في الحزمة.</translation>
    </message>
    <message>
        <source>poster {target} is not a file of the package; use a path relative to the package folder, like media/talk.mp4.</source>
        <translation>صورة الغلاف {target} ليست ملفًا من الحزمة؛ استخدم مسارًا نسبيًا إلى مجلد الحزمة، مثل media/talk.mp4.</translation>
    </message>
    <message>
        <source>poster {target} is not in the package.</source>
        <translation>صورة الغلاف {target} غير موجودة في الحزمة.</translation>
    </message>
    <message>
        <source>captions {target} is not a file of the package; use a path relative to the package folder, like media/talk.mp4.</source>
        <translation>ملف الترجمة النصية {target} ليس ملفًا من الحزمة؛ استخدم مسارًا نسبيًا إلى مجلد الحزمة، مثل media/talk.mp4.</translation>
    </message>
    <message>
        <source>captions {target} is not in the package.</source>
        <translation>ملف الترجمة النصية {target} غير موجود في الحزمة.</translation>
    </message>
    <message>
        <source>&apos;poster&apos; is for a video; leave it out here.</source>
        <translation>&apos;poster&apos; خاص بالفيديو؛ احذفه من هنا.</translation>
    </message>
    <message>
        <source>&apos;captions&apos; are for a video or a sound; leave them out here.</source>
        <translation>&apos;captions&apos; خاص بالفيديو أو الصوت؛ احذفه من هنا.</translation>
    </message>
    <message>
        <source>captions {target} must be a WebVTT file (.vtt).</source>
        <translation>يجب أن يكون ملف الترجمة النصية {target} بصيغة WebVTT (.vtt).</translation>
    </message>
    <message>
        <source>a PDF has no &apos;duration&apos;; leave it out.</source>
        <translation>ليس لملف PDF قيمة &apos;duration&apos;؛ احذفها.</translation>
    </message>
    <message>
        <source>&apos;duration&apos; says {written} but {path} plays for {actual}; correct it, or leave it out (Lantern reads it from the file).</source>
        <translation>قيمة &apos;duration&apos; هي {written} لكن مدة تشغيل {path} هي {actual}؛ صحّحها أو احذفها (يقرأ Lantern المدة من الملف).</translation>
    </message>
</context>
<context>
    <name>pending</name>
    <message>
        <source>Waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Opened Lesson {number} “{title}”</source>
        <translation>فتح الدرس {number} «{title}»</translation>
    </message>
    <message>
        <source>Opened a lesson</source>
        <translation>فتح درس</translation>
    </message>
    <message>
        <source>Progress in Lesson {number} “{title}”</source>
        <translation>تقدّم في الدرس {number} «{title}»</translation>
    </message>
    <message>
        <source>Progress in a lesson</source>
        <translation>تقدّم في درس</translation>
    </message>
    <message>
        <source>{duration} of study, Lesson {number} “{title}”</source>
        <translation>{duration} من الدراسة في الدرس {number} «{title}»</translation>
    </message>
    <message>
        <source>{duration} of study, a lesson</source>
        <translation>{duration} من الدراسة في درس</translation>
    </message>
    <message>
        <source>Lesson {number} “{title}” completed</source>
        <translation>إكمال الدرس {number} «{title}»</translation>
    </message>
    <message>
        <source>a lesson completed</source>
        <translation>إكمال درس</translation>
    </message>
    <message>
        <source>Quiz attempt, Lesson {number} “{title}”</source>
        <translation>محاولة اختبار في الدرس {number} «{title}»</translation>
    </message>
    <message>
        <source>Quiz attempt, a lesson</source>
        <translation>محاولة اختبار في درس</translation>
    </message>
    <message>
        <source>Rated a course {rating}/5</source>
        <translation>تقييم دورة: {rating} من ٥</translation>
    </message>
    <message>
        <source>Rated “{title}” {rating}/5</source>
        <translation>تقييم «{title}»: {rating} من ٥</translation>
    </message>
    <message>
        <source>Notification marked as read</source>
        <translation>تعليم إشعار كمقروء</translation>
    </message>
    <message>
        <source>Change of kind {kind}</source>
        <translation>تغيير من نوع {kind}</translation>
    </message>
    <message>
        <source>Enrolled in a course</source>
        <translation>التسجيل في دورة</translation>
    </message>
    <message>
        <source>Enrolled in “{title}”</source>
        <translation>التسجيل في «{title}»</translation>
    </message>
    <message>
        <source>Left a course</source>
        <translation>مغادرة دورة</translation>
    </message>
    <message>
        <source>Left “{title}”</source>
        <translation>مغادرة «{title}»</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>رفضه الخادم</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>مرفوض: {reason}</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>محفوظ على هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>Only instructors can publish courses, and this account is a learner&apos;s. Ask an administrator to make you an instructor.</source>
        <translation>لا يستطيع نشر الدورات إلا المدرّبون، وهذا الحساب حساب متعلّم. اطلب من أحد المسؤولين أن يجعلك مدرّبًا.</translation>
    </message>
    <message>
        <source>The server refused to change “{title}”: you can only publish courses you teach.</source>
        <translation>رفض الخادم تغيير «{title}»: لا يمكنك أن تنشر إلا الدورات التي تدرّسها.</translation>
    </message>
    <message>
        <source>The course “{title}” ({course_id}) belongs to another instructor; you cannot publish into it. Give your package its own id in course.toml.</source>
        <translation>الدورة «{title}» ({course_id}) تخصّ مدرّبًا آخر؛ لا يمكنك النشر فيها. أعطِ حزمتك معرّفًا (id) خاصًا بها في course.toml.</translation>
    </message>
    <message>
        <source>The server does not let you change the achievement {achievement_id}: it belongs to another course or to the whole platform. Give the badge another key in course.toml.</source>
        <translation>لا يسمح لك الخادم بتغيير الإنجاز {achievement_id}: فهو يخصّ دورة أخرى أو المنصّة كلها. أعطِ الشارة مفتاحًا (key) آخر في course.toml.</translation>
    </message>
    <message>
        <source>The server did not let you change a quiz question of this course.</source>
        <translation>لم يسمح لك الخادم بتغيير أحد أسئلة الاختبارات في هذه الدورة.</translation>
    </message>
    <message>
        <source>The quiz of lesson {lesson} is assessed, but learners already downloaded the answers to its question {questions} when it was a practice quiz. Give every question of this quiz a new id (for example &quot;{example}&quot; → &quot;{example}-assessed&quot;) so the assessed quiz asks questions whose answers nobody has; nothing was uploaded.</source>
        <translation>اختبار الدرس {lesson} تقييمي، لكن المتعلّمين نزّلوا من قبل إجابة سؤاله {questions} عندما كان اختبارًا تدريبيًا. أعطِ كل سؤال في هذا الاختبار قيمة id جديدة (مثلًا &quot;{example}&quot; → &quot;{example}-assessed&quot;) حتى يطرح الاختبار التقييمي أسئلة لا يملك أحد إجاباتها؛ لم يُرفع أي شيء.</translation>
    </message>
    <message>
        <source>The quiz of lesson {lesson} is assessed, but learners already downloaded the answers to its questions {questions} when it was a practice quiz. Give every question of this quiz a new id (for example &quot;{example}&quot; → &quot;{example}-assessed&quot;) so the assessed quiz asks questions whose answers nobody has; nothing was uploaded.</source>
        <translation>اختبار الدرس {lesson} تقييمي، لكن المتعلّمين نزّلوا من قبل إجابات أسئلته {questions} عندما كان اختبارًا تدريبيًا. أعطِ كل سؤال في هذا الاختبار قيمة id جديدة (مثلًا &quot;{example}&quot; → &quot;{example}-assessed&quot;) حتى يطرح الاختبار التقييمي أسئلة لا يملك أحد إجاباتها؛ لم يُرفع أي شيء.</translation>
    </message>
    <message>
        <source>{problem}. The package changed while it was being published: check it again (lantern check) and publish again.</source>
        <translation>{problem}. تغيّرت الحزمة أثناء نشرها: افحصها مرة أخرى (lantern check) ثم انشرها مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused {path}: its course-content bucket does not take {content_type} files. Leave the file out of the package, or ask the project&apos;s administrator to allow that type in the bucket&apos;s settings; then publish again.</source>
        <translation>رفض الخادم {path}: حاوية محتوى الدورات في الخادم لا تقبل ملفات {content_type}. أخرج الملف من الحزمة، أو اطلب من مسؤول المشروع السماح بهذا النوع في إعدادات الحاوية؛ ثم انشر مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused {path}: at {size} it is larger than the server allows for one file. Make the image smaller (or ask the project&apos;s administrator to raise the course-content bucket&apos;s file size limit); then publish again.</source>
        <translation>رفض الخادم {path}: حجمه {size}، وهذا أكبر مما يسمح به الخادم للملف الواحد. صغّر حجم الصورة (أو اطلب من مسؤول المشروع رفع الحد الأقصى لحجم الملف في حاوية محتوى الدورات)؛ ثم انشر مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused {path}: at {size} it is larger than the server allows for one file. Make the file smaller (or ask the project&apos;s administrator to raise the course-content bucket&apos;s file size limit); then publish again.</source>
        <translation>رفض الخادم {path}: حجمه {size}، وهذا أكبر مما يسمح به الخادم للملف الواحد. صغّر حجم الملف (أو اطلب من مسؤول المشروع رفع الحد الأقصى لحجم الملف في حاوية محتوى الدورات)؛ ثم انشر مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused to store {path}: you can only publish courses you teach.</source>
        <translation>رفض الخادم تخزين {path}: لا يمكنك أن تنشر إلا الدورات التي تدرّسها.</translation>
    </message>
    <message>
        <source>The server refused {path}: {reason}.</source>
        <translation>رفض الخادم {path}: {reason}.</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session ended while {path} was uploading; sign in and publish again: the upload continues where it stopped.</source>
        <translation>انتهت جلستك أثناء رفع {path}؛ سجّل الدخول وانشر مرة أخرى: سيُستأنف الرفع من حيث توقّف.</translation>
    </message>
    <message>
        <source>The server can&apos;t be reached right now. The upload of {path} stopped; publish again when the server is back: it continues where it stopped.</source>
        <translation>يتعذّر الوصول إلى الخادم الآن. توقّف رفع {path}؛ انشر مرة أخرى عندما يعود الخادم: سيُستأنف الرفع من حيث توقّف.</translation>
    </message>
    <message>
        <source>The server accepted the connection but did not answer. The upload of {path} stopped; publish again when the server is back: it continues where it stopped.</source>
        <translation>قبل الخادم الاتصال لكنه لم يستجب. توقّف رفع {path}؛ انشر مرة أخرى عندما يعود الخادم: سيُستأنف الرفع من حيث توقّف.</translation>
    </message>
    <message>
        <source>The server stopped taking {path} (HTTP {status}). Publish again: the upload continues where it stopped.</source>
        <translation>توقّف الخادم عن استقبال {path} (HTTP {status}). انشر مرة أخرى: سيُستأنف الرفع من حيث توقّف.</translation>
    </message>
    <message>
        <source>The server stopped taking {path} ({problem}). Publish again: the upload continues where it stopped.</source>
        <translation>توقّف الخادم عن استقبال {path} ({problem}). انشر مرة أخرى: سيُستأنف الرفع من حيث توقّف.</translation>
    </message>
    <message>
        <source>could not start the upload of {path} (HTTP {status})</source>
        <translation>تعذّر بدء رفع {path} (HTTP {status})</translation>
    </message>
    <message>
        <source>the server could not say how much of {path} it has (HTTP {status})</source>
        <translation>تعذّر على الخادم تحديد مقدار ما وصله من {path} (HTTP {status})</translation>
    </message>
    <message>
        <source>the upload of {path} stopped at byte {offset} (HTTP {status})</source>
        <translation>توقّف رفع {path} عند البايت {offset} (HTTP {status})</translation>
    </message>
    <message>
        <source>the server did not say how much of {path} it has</source>
        <translation>لم يذكر الخادم مقدار ما وصله من {path}</translation>
    </message>
    <message>
        <source>the server took none of {path} at byte {offset} (it says {moved})</source>
        <translation>لم يستقبل الخادم شيئًا من {path} عند البايت {offset} (يذكر الخادم الموضع {moved})</translation>
    </message>
    <message>
        <source>the server could not be reached ({error})</source>
        <translation>تعذّر الوصول إلى الخادم ({error})</translation>
    </message>
    <message>
        <source>the server did not take it now (HTTP {status})</source>
        <translation>لم يستقبله الخادم الآن (HTTP {status})</translation>
    </message>
    <message>
        <source>create course {slug}</source>
        <translation>إنشاء الدورة {slug}</translation>
    </message>
    <message>
        <source>update course {slug}</source>
        <translation>تحديث الدورة {slug}</translation>
    </message>
    <message>
        <source>publish course</source>
        <translation>نشر الدورة</translation>
    </message>
    <message>
        <source>unpublish course</source>
        <translation>إلغاء نشر الدورة</translation>
    </message>
    <message>
        <source>upload {path}</source>
        <translation>رفع {path}</translation>
    </message>
    <message numerus="yes">
        <source>remove %Ln old file(s)</source>
        <translation>
            <numerusform>حذف %Ln ملف قديم</numerusform>
            <numerusform>حذف ملف قديم واحد</numerusform>
            <numerusform>حذف ملفين قديمين</numerusform>
            <numerusform>حذف %Ln ملفات قديمة</numerusform>
            <numerusform>حذف %Ln ملفًا قديمًا</numerusform>
            <numerusform>حذف %Ln ملف قديم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>list %Ln file(s)</source>
        <translation>
            <numerusform>إدراج %Ln ملف في قائمة الملفات</numerusform>
            <numerusform>إدراج ملف واحد في قائمة الملفات</numerusform>
            <numerusform>إدراج ملفين في قائمة الملفات</numerusform>
            <numerusform>إدراج %Ln ملفات في قائمة الملفات</numerusform>
            <numerusform>إدراج %Ln ملفًا في قائمة الملفات</numerusform>
            <numerusform>إدراج %Ln ملف في قائمة الملفات</numerusform>
        </translation>
    </message>
    <message>
        <source>unlist {path}</source>
        <translation>حذف {path} من قائمة الملفات</translation>
    </message>
    <message>
        <source>update the listing of {path}</source>
        <translation>تحديث بيانات {path} في قائمة الملفات</translation>
    </message>
    <message>
        <source>remove lesson {path}</source>
        <translation>حذف الدرس {path}</translation>
    </message>
    <message>
        <source>move lesson {path} aside</source>
        <translation>نقل الدرس {path} جانبًا</translation>
    </message>
    <message numerus="yes">
        <source>add %Ln lesson(s)</source>
        <translation>
            <numerusform>إضافة %Ln درس</numerusform>
            <numerusform>إضافة درس واحد</numerusform>
            <numerusform>إضافة درسين</numerusform>
            <numerusform>إضافة %Ln دروس</numerusform>
            <numerusform>إضافة %Ln درسًا</numerusform>
            <numerusform>إضافة %Ln درس</numerusform>
        </translation>
    </message>
    <message>
        <source>update lesson {slug}</source>
        <translation>تحديث الدرس {slug}</translation>
    </message>
    <message numerus="yes">
        <source>add the text of %Ln lesson(s)</source>
        <translation>
            <numerusform>إضافة نصوص %Ln درس</numerusform>
            <numerusform>إضافة نص درس واحد</numerusform>
            <numerusform>إضافة نصَّي درسين</numerusform>
            <numerusform>إضافة نصوص %Ln دروس</numerusform>
            <numerusform>إضافة نصوص %Ln درسًا</numerusform>
            <numerusform>إضافة نصوص %Ln درس</numerusform>
        </translation>
    </message>
    <message>
        <source>update the text of {slug}</source>
        <translation>تحديث نص الدرس {slug}</translation>
    </message>
    <message numerus="yes">
        <source>add %Ln question(s)</source>
        <translation>
            <numerusform>إضافة %Ln سؤال</numerusform>
            <numerusform>إضافة سؤال واحد</numerusform>
            <numerusform>إضافة سؤالين</numerusform>
            <numerusform>إضافة %Ln أسئلة</numerusform>
            <numerusform>إضافة %Ln سؤالًا</numerusform>
            <numerusform>إضافة %Ln سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>update question {key}</source>
        <translation>تحديث السؤال {key}</translation>
    </message>
    <message>
        <source>retire a removed question</source>
        <translation>إيقاف سؤال محذوف</translation>
    </message>
    <message>
        <source>retire the practice questions of {slug}</source>
        <translation>إيقاف الأسئلة التدريبية في الدرس {slug}</translation>
    </message>
    <message numerus="yes">
        <source>add %Ln answer key(s)</source>
        <translation>
            <numerusform>إضافة %Ln مفتاح إجابة</numerusform>
            <numerusform>إضافة مفتاح إجابة واحد</numerusform>
            <numerusform>إضافة مفتاحَي إجابة</numerusform>
            <numerusform>إضافة %Ln مفاتيح إجابة</numerusform>
            <numerusform>إضافة %Ln مفتاحَ إجابة</numerusform>
            <numerusform>إضافة %Ln مفتاح إجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>fix the answer key of {key}</source>
        <translation>تصحيح مفتاح إجابة السؤال {key}</translation>
    </message>
    <message numerus="yes">
        <source>add %Ln achievement(s)</source>
        <translation>
            <numerusform>إضافة %Ln إنجاز</numerusform>
            <numerusform>إضافة إنجاز واحد</numerusform>
            <numerusform>إضافة إنجازين</numerusform>
            <numerusform>إضافة %Ln إنجازات</numerusform>
            <numerusform>إضافة %Ln إنجازًا</numerusform>
            <numerusform>إضافة %Ln إنجاز</numerusform>
        </translation>
    </message>
    <message>
        <source>update achievement {title}</source>
        <translation>تحديث الإنجاز {title}</translation>
    </message>
    <message>
        <source>retire achievement {title}</source>
        <translation>إيقاف الإنجاز {title}</translation>
    </message>
    <message>
        <source>Course {course_id} created and published.</source>
        <translation>أُنشئت الدورة {course_id} ونُشرت.</translation>
    </message>
    <message>
        <source>Course {course_id} published.</source>
        <translation>نُشرت الدورة {course_id}.</translation>
    </message>
    <message>
        <source>Course {course_id} created and saved as a draft (not published).</source>
        <translation>أُنشئت الدورة {course_id} وحُفظت كمسودة (غير منشورة).</translation>
    </message>
    <message>
        <source>Course {course_id} saved as a draft (not published).</source>
        <translation>حُفظت الدورة {course_id} كمسودة (غير منشورة).</translation>
    </message>
    <message>
        <source>Added lessons: {titles}.</source>
        <translation>الدروس المُضافة: {titles}.</translation>
    </message>
    <message>
        <source>Updated lessons: {titles}.</source>
        <translation>الدروس المُحدَّثة: {titles}.</translation>
    </message>
    <message>
        <source>Removed lessons: {titles}.</source>
        <translation>الدروس المحذوفة: {titles}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s) unchanged.</source>
        <translation>
            <numerusform>بقي %Ln درس دون تغيير.</numerusform>
            <numerusform>بقي درس واحد دون تغيير.</numerusform>
            <numerusform>بقي درسان دون تغيير.</numerusform>
            <numerusform>بقيت %Ln دروس دون تغيير.</numerusform>
            <numerusform>بقي %Ln درسًا دون تغيير.</numerusform>
            <numerusform>بقي %Ln درس دون تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions: {questions_added} added, {questions_updated} updated, {questions_retired} retired. Files: {files_uploaded} uploaded, {files_removed} removed.</source>
        <translation>الأسئلة: المُضاف {questions_added}، والمُحدَّث {questions_updated}، والموقوف {questions_retired}. الملفات: المرفوع {files_uploaded}، والمحذوف {files_removed}.</translation>
    </message>
    <message>
        <source>Added achievements: {titles}.</source>
        <translation>الإنجازات المُضافة: {titles}.</translation>
    </message>
    <message>
        <source>Updated achievements: {titles}.</source>
        <translation>الإنجازات المُحدَّثة: {titles}.</translation>
    </message>
    <message>
        <source>Retired achievements: {titles}.</source>
        <translation>الإنجازات الموقوفة: {titles}.</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <source>choose one</source>
        <translation>اختر إجابة واحدة</translation>
    </message>
    <message>
        <source>choose all that apply</source>
        <translation>اختر كل ما ينطبق</translation>
    </message>
    <message>
        <source>Partial credit</source>
        <translation>درجات جزئية</translation>
    </message>
    <message>
        <source>All correct options needed</source>
        <translation>يجب اختيار كل الخيارات الصحيحة</translation>
    </message>
    <message>
        <source>type your answer</source>
        <translation>اكتب إجابتك</translation>
    </message>
    <message>
        <source>Case matters</source>
        <translation>تُراعى الأحرف الكبيرة والصغيرة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%Ln نقاط</numerusform>
            <numerusform>%Ln نقطةً</numerusform>
            <numerusform>%Ln نقطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reads</name>
    <message>
        <source>an earlier lesson</source>
        <translation>درس سابق</translation>
    </message>
    <message>
        <source>This lesson is not on this computer yet. Download the course for offline use, or connect to the internet and try again.</source>
        <translation>هذا الدرس ليس على هذا الحاسوب بعد. نزّل الدورة للاستخدام دون اتصال، أو اتصل بالإنترنت وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Quiz: {title}</source>
        <translation>اختبار: {title}</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>logged: {message}</source>
        <translation>في السجل: {message}</translation>
    </message>
    <message>
        <source>data kept in {folder}</source>
        <translation>أُبقيت البيانات في {folder}</translation>
    </message>
    <message>
        <source>self-test FAILED at {step}: {reason}</source>
        <translation>فشل الفحص الذاتي عند خطوة {step}: {reason}</translation>
    </message>
    <message>
        <source>no temporary data folder ({error})</source>
        <translation>تعذّر إنشاء مجلد بيانات مؤقت ({error})</translation>
    </message>
    <message>
        <source>self-test passed (frozen app, data in a temporary folder, removed)</source>
        <translation>نجح الفحص الذاتي (التطبيق المحزَّم، البيانات في مجلد مؤقت حُذف)</translation>
    </message>
    <message>
        <source>self-test passed (frozen app, data in a temporary folder kept at {folder})</source>
        <translation>نجح الفحص الذاتي (التطبيق المحزَّم، البيانات في مجلد مؤقت أُبقي عليه في {folder})</translation>
    </message>
    <message>
        <source>self-test passed (source tree, data in a temporary folder, removed)</source>
        <translation>نجح الفحص الذاتي (شجرة الشيفرة المصدرية، البيانات في مجلد مؤقت حُذف)</translation>
    </message>
    <message>
        <source>self-test passed (source tree, data in a temporary folder kept at {folder})</source>
        <translation>نجح الفحص الذاتي (شجرة الشيفرة المصدرية، البيانات في مجلد مؤقت أُبقي عليه في {folder})</translation>
    </message>
    <message>
        <source>start</source>
        <comment>the self-test&apos;s step that starts the app</comment>
        <translation>التشغيل</translation>
    </message>
    <message>
        <source>self-test: ok    {step}</source>
        <comment>a step passed; the spaces line the step up with the lines &apos;self-test: info  …&apos;</comment>
        <translation>الفحص الذاتي: ناجح    {step}</translation>
    </message>
    <message>
        <source>gave up after {seconds} s waiting for {what}</source>
        <translation>انتهت المهلة بعد {seconds} ث في انتظار {what}</translation>
    </message>
    <message>
        <source>bundle</source>
        <comment>the self-test&apos;s step that checks the app&apos;s files</comment>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>the sample course has no lesson with a practice quiz</source>
        <translation>لا تحتوي الدورة النموذجية على درس فيه اختبار تدريبي</translation>
    </message>
    <message>
        <source>the app to compose its parts</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>اكتمال تركيب أجزاء التطبيق</translation>
    </message>
    <message>
        <source>the app did not start: {error}</source>
        <translation>تعذّر تشغيل التطبيق: {error}</translation>
    </message>
    <message>
        <source>guest</source>
        <comment>the self-test&apos;s step that starts as a guest</comment>
        <translation>الضيف</translation>
    </message>
    <message>
        <source>catalogue</source>
        <comment>the self-test&apos;s step that opens the course catalogue</comment>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>lesson</source>
        <comment>the self-test&apos;s step that studies a lesson</comment>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>quiz</source>
        <comment>the self-test&apos;s step that takes a quiz</comment>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>media</source>
        <comment>the self-test&apos;s step that plays a video and opens a PDF</comment>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>read back</source>
        <comment>the self-test&apos;s step that reads what was saved again</comment>
        <translation>إعادة القراءة</translation>
    </message>
    <message>
        <source>the sample course in {folder} does not load: {problems}</source>
        <translation>تعذّر تحميل الدورة النموذجية في {folder}: {problems}</translation>
    </message>
    <message>
        <source>{path} is missing</source>
        <translation>{path} غير موجود</translation>
    </message>
    <message>
        <source>{path} does not load</source>
        <translation>تعذّر تحميل {path}</translation>
    </message>
    <message>
        <source>no code highlighting for {languages} (Pygments)</source>
        <translation>تلوين الشيفرة غير متوفّر للغات {languages} (Pygments)</translation>
    </message>
    <message>
        <source>formulas cannot be drawn (ziamath, QtSvg)</source>
        <translation>يتعذّر رسم الصيغ الرياضية (ziamath، QtSvg)</translation>
    </message>
    <message>
        <source>formulas cannot be read (latex2mathml)</source>
        <translation>تتعذّر قراءة الصيغ الرياضية (latex2mathml)</translation>
    </message>
    <message>
        <source>self-test: info  Lantern {version}, resources in {folder}</source>
        <translation>الفحص الذاتي: معلومة  Lantern {version}، الموارد في {folder}</translation>
    </message>
    <message>
        <source>self-test: info  tokens would be kept in the system keyring</source>
        <translation>الفحص الذاتي: معلومة  ستُحفظ رموز المصادقة في مخزن مفاتيح النظام</translation>
    </message>
    <message>
        <source>self-test: info  tokens would be kept in the private file (no usable keyring)</source>
        <translation>الفحص الذاتي: معلومة  ستُحفظ رموز المصادقة في الملف الخاص (لا يوجد مخزن مفاتيح صالح للاستخدام)</translation>
    </message>
    <message>
        <source>Qt cannot read {formats} images (image format plugins missing)</source>
        <translation>لا يستطيع Qt قراءة صور {formats} (إضافات صيغ الصور مفقودة)</translation>
    </message>
    <message>
        <source>the app icon does not load</source>
        <translation>تعذّر تحميل أيقونة التطبيق</translation>
    </message>
    <message>
        <source>self-test: info  Qt platform {platform}, image formats {formats}</source>
        <translation>الفحص الذاتي: معلومة  منصّة Qt: {platform}، صيغ الصور: {formats}</translation>
    </message>
    <message>
        <source>the first-run dialog</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>نافذة التشغيل الأول</translation>
    </message>
    <message>
        <source>the guest&apos;s window</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>نافذة الضيف</translation>
    </message>
    <message>
        <source>“{title}” in the catalogue</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>ظهور «{title}» في الفهرس</translation>
    </message>
    <message>
        <source>the course page</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>صفحة الدورة</translation>
    </message>
    <message>
        <source>“{title}” is not listed on the course page</source>
        <translation>«{title}» غير مدرج في صفحة الدورة</translation>
    </message>
    <message>
        <source>the lesson page</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>صفحة الدرس</translation>
    </message>
    <message>
        <source>the lesson shows no sections</source>
        <translation>لا يعرض الدرس أي أقسام</translation>
    </message>
    <message>
        <source>the first section&apos;s progress in the store</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>حفظ تقدّم القسم الأول في قاعدة البيانات</translation>
    </message>
    <message>
        <source>one second of counted study time (is the window active?)</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>احتساب ثانية واحدة من وقت الدراسة (هل النافذة نشطة؟)</translation>
    </message>
    <message>
        <source>the completed lesson in the store</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>حفظ الدرس مكتملًا في قاعدة البيانات</translation>
    </message>
    <message>
        <source>the quiz page</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>صفحة الاختبار</translation>
    </message>
    <message>
        <source>the practice quiz cannot be graded offline (answer key missing)</source>
        <translation>لا يمكن تصحيح الاختبار التدريبي دون اتصال (مفتاح الإجابة مفقود)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) shown, the course has {expected}</source>
        <translation>
            <numerusform>لم يُعرض أي سؤال، وعدد أسئلة الدورة {expected}</numerusform>
            <numerusform>عُرض سؤال واحد، وعدد أسئلة الدورة {expected}</numerusform>
            <numerusform>عُرض سؤالان، وعدد أسئلة الدورة {expected}</numerusform>
            <numerusform>عُرضت %Ln أسئلة، وعدد أسئلة الدورة {expected}</numerusform>
            <numerusform>عُرض %Ln سؤالًا، وعدد أسئلة الدورة {expected}</numerusform>
            <numerusform>عُرض %Ln سؤال، وعدد أسئلة الدورة {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>submitting recorded no attempt</source>
        <translation>لم يُسجّل الإرسال أي محاولة</translation>
    </message>
    <message>
        <source>all answers right but graded {score}/{max_score}</source>
        <translation>كل الإجابات صحيحة لكن الدرجة {score}/{max_score}</translation>
    </message>
    <message>
        <source>the result line says “{text}”</source>
        <translation>يعرض سطر النتيجة «{text}»</translation>
    </message>
    <message>
        <source>the attempt to be saved</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>حفظ المحاولة</translation>
    </message>
    <message>
        <source>the sample course has no video</source>
        <translation>لا تحتوي الدورة النموذجية على فيديو</translation>
    </message>
    <message>
        <source>the lesson with the video</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>الدرس الذي فيه الفيديو</translation>
    </message>
    <message>
        <source>the sample video is not in the guest&apos;s files</source>
        <translation>الفيديو النموذجي غير موجود في ملفات الضيف</translation>
    </message>
    <message>
        <source>the video to load</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>تحميل الفيديو في المشغّل</translation>
    </message>
    <message>
        <source>the video cannot play: {reason}</source>
        <translation>تعذّر تشغيل الفيديو: {reason}</translation>
    </message>
    <message>
        <source>one second of the video playing</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>تشغيل ثانية واحدة من الفيديو</translation>
    </message>
    <message>
        <source>what was watched, in the store</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>حفظ ما شوهد في قاعدة البيانات</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page drawn</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>رسم الصفحة الأولى من ملف PDF</translation>
    </message>
    <message>
        <source>the lesson shows no card for its media</source>
        <translation>لا يعرض الدرس بطاقة لوسائطه</translation>
    </message>
    <message>
        <source>the guest database was damaged: {recovery}</source>
        <translation>كانت قاعدة بيانات الضيف تالفة: {recovery}</translation>
    </message>
    <message>
        <source>no progress row for the lesson</source>
        <translation>لا يوجد سجل تقدّم للدرس</translation>
    </message>
    <message>
        <source>sections read back as {percents}, expected 100% for {sections}</source>
        <translation>قُرئت الأقسام مجددًا بالقيم {percents}، والمتوقّع ١٠٠٪ للأقسام {sections}</translation>
    </message>
    <message>
        <source>the lesson is not completed</source>
        <translation>الدرس غير مكتمل</translation>
    </message>
    <message>
        <source>time spent read back as {stored} s after {elapsed} s on the page</source>
        <translation>قُرئ الوقت المستغرق مجددًا {stored} ث بعد {elapsed} ث على الصفحة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quiz attempt(s) stored, expected 1</source>
        <translation>
            <numerusform>لم تُحفظ أي محاولة اختبار، والمتوقّع محاولة واحدة</numerusform>
            <numerusform>حُفظت محاولة اختبار واحدة، والمتوقّع محاولة واحدة</numerusform>
            <numerusform>حُفظت محاولتا اختبار، والمتوقّع محاولة واحدة</numerusform>
            <numerusform>حُفظت %Ln محاولات اختبار، والمتوقّع محاولة واحدة</numerusform>
            <numerusform>حُفظت %Ln محاولة اختبار، والمتوقّع محاولة واحدة</numerusform>
            <numerusform>حُفظت %Ln محاولة اختبار، والمتوقّع محاولة واحدة</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored attempt has another id than the one shown</source>
        <translation>معرّف المحاولة المحفوظة يختلف عن المعرّف المعروض</translation>
    </message>
    <message>
        <source>answers read back as {answers}</source>
        <translation>قُرئت الإجابات مجددًا بالقيم {answers}</translation>
    </message>
    <message>
        <source>stored grade {stored_score}/{stored_max} differs from the grade shown {score}/{max_score}</source>
        <translation>الدرجة المحفوظة {stored_score}/{stored_max} تختلف عن الدرجة المعروضة {score}/{max_score}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message numerus="yes">
        <source>%Ln change(s) [hasn&apos;t|haven&apos;t] reached the server yet. They stay on this computer for {name} and are sent the next time they sign in and go online.</source>
        <translation>
            <numerusform>%Ln تغيير لم تصل إلى الخادم بعد. ستبقى على هذا الحاسوب باسم {name} وتُرسل عندما يسجّل الدخول ويتصل في المرة القادمة.</numerusform>
            <numerusform>تغيير واحد لم يصل إلى الخادم بعد. سيبقى على هذا الحاسوب باسم {name} ويُرسل عندما يسجّل الدخول ويتصل في المرة القادمة.</numerusform>
            <numerusform>تغييران لم يصلا إلى الخادم بعد. سيبقيان على هذا الحاسوب باسم {name} ويُرسلان عندما يسجّل الدخول ويتصل في المرة القادمة.</numerusform>
            <numerusform>%Ln تغييرات لم تصل إلى الخادم بعد. ستبقى على هذا الحاسوب باسم {name} وتُرسل عندما يسجّل الدخول ويتصل في المرة القادمة.</numerusform>
            <numerusform>%Ln تغييرًا لم تصل إلى الخادم بعد. ستبقى على هذا الحاسوب باسم {name} وتُرسل عندما يسجّل الدخول ويتصل في المرة القادمة.</numerusform>
            <numerusform>%Ln تغيير لم تصل إلى الخادم بعد. ستبقى على هذا الحاسوب باسم {name} وتُرسل عندما يسجّل الدخول ويتصل في المرة القادمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز PIN غير صحيح.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in {wait}.</source>
        <translation>رمز PIN غير صحيح. حاول مرة أخرى بعد {wait}.</translation>
    </message>
    <message>
        <source>Wrong password. Try again in {wait}.</source>
        <translation>كلمة المرور غير صحيحة. حاول مرة أخرى بعد {wait}.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in {wait}.</source>
        <translation>محاولات خاطئة كثيرة جدًا. حاول مرة أخرى بعد {wait}.</translation>
    </message>
    <message>
        <source>Quick PIN sign-in is off on this computer. Use the password instead.</source>
        <translation>تسجيل الدخول السريع برمز PIN معطّل على هذا الحاسوب. استخدم كلمة المرور بدلًا منه.</translation>
    </message>
    <message>
        <source>No PIN is set for {name} on this computer. Use the password instead.</source>
        <translation>لم يُعيَّن رمز PIN لـ {name} على هذا الحاسوب. استخدم كلمة المرور بدلًا منه.</translation>
    </message>
    <message>
        <source>Lantern can&apos;t check {name}&apos;s password offline on this computer yet. Connect to the internet and try again.</source>
        <translation>لا يستطيع Lantern التحقق من كلمة مرور {name} دون اتصال على هذا الحاسوب بعد. اتصل بالإنترنت وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <source>Working offline</source>
        <translation>العمل دون اتصال</translation>
    </message>
    <message>
        <source>Offline: the server can&apos;t be reached</source>
        <translation>دون اتصال: يتعذّر الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>Server not responding</source>
        <translation>الخادم لا يستجيب</translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation>حدثت مشكلة في الخادم</translation>
    </message>
    <message>
        <source>Guest: your work stays on this computer and is never synced</source>
        <translation>ضيف: عملك يبقى على هذا الحاسوب ولا تتم مزامنته أبدًا</translation>
    </message>
    <message>
        <source>The local demo server stopped — close Lantern and start the demo again</source>
        <translation>توقّف الخادم التجريبي المحلي — أغلق Lantern وابدأ العرض التجريبي مرة أخرى</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <source>Syncing… {percent}</source>
        <translation>جارٍ المزامنة… {percent}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>{syncing} — waiting for the server</source>
        <translation>{syncing} — في انتظار الخادم</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدّث</translation>
    </message>
    <message>
        <source>Up to date · synced {when}</source>
        <translation>محدّث · آخر مزامنة {when}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>في انتظار المزامنة: %Ln تغيير</numerusform>
            <numerusform>في انتظار المزامنة: تغيير واحد</numerusform>
            <numerusform>في انتظار المزامنة: تغييران</numerusform>
            <numerusform>في انتظار المزامنة: %Ln تغييرات</numerusform>
            <numerusform>في انتظار المزامنة: %Ln تغييرًا</numerusform>
            <numerusform>في انتظار المزامنة: %Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to sync your work</source>
        <translation>سجّل الدخول لمزامنة عملك</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>فشلت المزامنة: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{reason} — retrying in %Ln s</source>
        <translation>
            <numerusform>{reason} — إعادة المحاولة بعد %Ln ثانية</numerusform>
            <numerusform>{reason} — إعادة المحاولة بعد ثانية واحدة</numerusform>
            <numerusform>{reason} — إعادة المحاولة بعد ثانيتين</numerusform>
            <numerusform>{reason} — إعادة المحاولة بعد %Ln ثوانٍ</numerusform>
            <numerusform>{reason} — إعادة المحاولة بعد %Ln ثانية</numerusform>
            <numerusform>{reason} — إعادة المحاولة بعد %Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status} · %Ln change(s) saved on this computer</source>
        <translation>
            <numerusform>{status} · %Ln تغيير محفوظ على هذا الحاسوب</numerusform>
            <numerusform>{status} · تغيير واحد محفوظ على هذا الحاسوب</numerusform>
            <numerusform>{status} · تغييران محفوظان على هذا الحاسوب</numerusform>
            <numerusform>{status} · %Ln تغييرات محفوظة على هذا الحاسوب</numerusform>
            <numerusform>{status} · %Ln تغييرًا محفوظًا على هذا الحاسوب</numerusform>
            <numerusform>{status} · %Ln تغيير محفوظ على هذا الحاسوب</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Your work is saved and will sync when you reconnect.</source>
        <translation>دون اتصال. عملك محفوظ وستتم مزامنته عند عودة الاتصال.</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting. Your work is saved and will sync when you reconnect.</source>
        <translation>
            <numerusform>دون اتصال — في الانتظار: %Ln تغيير. عملك محفوظ وستتم مزامنته عند عودة الاتصال.</numerusform>
            <numerusform>دون اتصال — في الانتظار: تغيير واحد. عملك محفوظ وستتم مزامنته عند عودة الاتصال.</numerusform>
            <numerusform>دون اتصال — في الانتظار: تغييران. عملك محفوظ وستتم مزامنته عند عودة الاتصال.</numerusform>
            <numerusform>دون اتصال — في الانتظار: %Ln تغييرات. عملك محفوظ وستتم مزامنته عند عودة الاتصال.</numerusform>
            <numerusform>دون اتصال — في الانتظار: %Ln تغييرًا. عملك محفوظ وستتم مزامنته عند عودة الاتصال.</numerusform>
            <numerusform>دون اتصال — في الانتظار: %Ln تغيير. عملك محفوظ وستتم مزامنته عند عودة الاتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please sign in again to sync. Your work is kept on this computer.</source>
        <translation>يُرجى تسجيل الدخول مرة أخرى للمزامنة. عملك محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Sync problem: {reason}</source>
        <translation>مشكلة في المزامنة: {reason}</translation>
    </message>
    <message>
        <source>Up to date (never synced)</source>
        <translation>محدّث (لم تتم المزامنة قط)</translation>
    </message>
    <message>
        <source>Up to date (last sync {time})</source>
        <translation>محدّث (آخر مزامنة {time})</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>قبل لحظات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>الساعة {time}</translation>
    </message>
</context>
<context>
    <name>timefmt</name>
    <message>
        <source>dd MMM HH:mm</source>
        <extracomment>A Qt date-time format (QDateTime::toString): day, short month name, 24-hour time.</extracomment>
        <translation>dd MMM HH:mm</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>A Qt date format (QDate::toString): day and short month name.</extracomment>
        <translation>dd MMM</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>A Qt time format (QTime::toString): hours and minutes.</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A Qt date format (QDate::toString): day, short month name, year.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
</context>
<context>
    <name>transfer_rate</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/ث</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>بقي نحو {time}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Quiz: {lesson}</source>
        <translation>اختبار: {lesson}</translation>
    </message>
</context>
<context>
    <name>window_first</name>
    <message>
        <source>Opening your courses…</source>
        <translation>جارٍ فتح دوراتك…</translation>
    </message>
    <message>
        <source>Your courses could not be opened: {reason}</source>
        <translation>تعذّر فتح دوراتك: {reason}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>No learners yet</source>
        <translation>لا يوجد متعلّمون بعد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln متعلّم</numerusform>
            <numerusform>متعلّم واحد</numerusform>
            <numerusform>متعلّمان</numerusform>
            <numerusform>%Ln متعلّمين</numerusform>
            <numerusform>%Ln متعلّمًا</numerusform>
            <numerusform>%Ln متعلّم</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>This computer is ready to go offline: every enrolled course is downloaded and all your work is on the server.</source>
        <translation>هذا الحاسوب جاهز للعمل دون اتصال: كل دورة أنت مسجّل فيها منزّلة، وكل عملك موجود على الخادم.</translation>
    </message>
    <message>
        <source>not downloaded yet: {courses}</source>
        <translation>لم تُنزَّل بعد: {courses}</translation>
    </message>
    <message>
        <source>pictures and media still arriving for: {courses}</source>
        <translation>ما زالت الصور والوسائط تصل لهذه الدورات: {courses}</translation>
    </message>
    <message>
        <source>about {size} of pictures and media to download</source>
        <translation>نحو {size} من الصور والوسائط بانتظار التنزيل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) still waiting to be sent</source>
        <translation>
            <numerusform>في انتظار الإرسال: %Ln تغيير</numerusform>
            <numerusform>في انتظار الإرسال: تغيير واحد</numerusform>
            <numerusform>في انتظار الإرسال: تغييران</numerusform>
            <numerusform>في انتظار الإرسال: %Ln تغييرات</numerusform>
            <numerusform>في انتظار الإرسال: %Ln تغييرًا</numerusform>
            <numerusform>في انتظار الإرسال: %Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two reasons in &quot;Not ready to go offline yet — reason; reason.&quot;</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Not ready to go offline yet — {reasons}.</source>
        <translation>ليس جاهزًا للعمل دون اتصال بعد — {reasons}.</translation>
    </message>
</context>
</TS>
