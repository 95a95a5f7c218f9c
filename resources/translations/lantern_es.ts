<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>Starting the local demo server… (the first start builds its database, which takes a little while)</source>
        <translation>Iniciando el servidor de demostración local… (la primera vez crea su base de datos, y eso tarda un poco)</translation>
    </message>
    <message>
        <source>The demo server did not start: {reason}</source>
        <translation>El servidor de demostración no se inició: {reason}</translation>
    </message>
    <message>
        <source>Sign in to open your courses.</source>
        <translation>Inicia sesión para abrir tus cursos.</translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation>Servidor: {address}</translation>
    </message>
    <message>
        <source>Signing in the demo learner…</source>
        <translation>Iniciando sesión con el estudiante de demostración…</translation>
    </message>
    <message>
        <source>The demo learner could not sign in: {problem}</source>
        <translation>El estudiante de demostración no pudo iniciar sesión: {problem}</translation>
    </message>
    <message>
        <source>Lantern — {name}</source>
        <translation>Lantern — {name}</translation>
    </message>
    <message>
        <source>Guests are not on the leaderboard.</source>
        <translation>Los invitados no aparecen en la clasificación.</translation>
    </message>
    <message>
        <source>You&apos;re off the leaderboard.</source>
        <translation>Ya no apareces en la clasificación.</translation>
    </message>
    <message>
        <source>You&apos;re back on the leaderboard.</source>
        <translation>Vuelves a aparecer en la clasificación.</translation>
    </message>
    <message>
        <source>You&apos;re offline — change this when you&apos;re back online.</source>
        <translation>No tienes conexión: cambia esto cuando vuelvas a tener conexión.</translation>
    </message>
    <message>
        <source>PIN saved. After you sign out, it opens your courses on this computer.</source>
        <translation>PIN guardado. Cuando cierres sesión, el PIN abrirá tus cursos en este equipo.</translation>
    </message>
    <message>
        <source>The PIN was not saved: {problem}</source>
        <translation>No se guardó el PIN: {problem}</translation>
    </message>
    <message>
        <source>PIN removed. Your password opens your courses after you sign out.</source>
        <translation>PIN eliminado. Cuando cierres sesión, tu contraseña abrirá tus cursos.</translation>
    </message>
    <message>
        <source>The PIN was not removed: {problem}</source>
        <translation>No se eliminó el PIN: {problem}</translation>
    </message>
    <message>
        <source>You&apos;re offline — connect to see which answers were right.</source>
        <translation>No tienes conexión: conéctate para ver qué respuestas eran correctas.</translation>
    </message>
    <message>
        <source>Signing out did not finish: {problem}</source>
        <translation>No se terminó de cerrar la sesión: {problem}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Search courses, instructors, topics…  (Ctrl+F)</source>
        <translation>Buscar cursos, instructores, temas…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Buscar cursos</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Cualquier dificultad</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>No courses match. Try fewer words or another category.</source>
        <translation>Ningún curso coincide. Prueba con menos palabras o con otra categoría.</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message numerus="yes">
        <source>%Ln course(s)</source>
        <translation>
            <numerusform>%Ln curso</numerusform>
            <numerusform>%Ln cursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Open course</source>
        <translation>Abrir curso</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>Descargar para usar sin conexión</translation>
    </message>
</context>
<context>
    <name>CellsModel</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Abierta por última vez</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>Intentos del cuestionario</translation>
    </message>
    <message>
        <source>Quiz score</source>
        <translation>Puntuación del cuestionario</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>Cuestionario aprobado</translation>
    </message>
    <message>
        <source>The best or the last attempt, as the lesson counts them</source>
        <translation>El mejor o el último intento, según cuente la lección</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>{score} of {top} ({percent})</source>
        <translation>{score} de {top} ({percent})</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Sin intentar</translation>
    </message>
    <message>
        <source>No quiz</source>
        <translation>Sin cuestionario</translation>
    </message>
    <message>
        <source>{count} (and {more} not counted)</source>
        <translation>{count} (más {more} sin contar)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Class of the course</source>
        <translation>Clase del curso</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Curso:</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Export the class to a CSV file</source>
        <translation>Exportar la clase a un archivo CSV</translation>
    </message>
    <message>
        <source>When the class was synced</source>
        <translation>Cuándo se sincronizó la clase</translation>
    </message>
    <message>
        <source>No learners</source>
        <translation>No hay estudiantes</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation>Quién necesita ayuda</translation>
    </message>
    <message>
        <source>Lessons of the selected learner</source>
        <translation>Lecciones del estudiante seleccionado</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Select a learner to see their lessons.</source>
        <translation>Selecciona un estudiante para ver sus lecciones.</translation>
    </message>
    <message>
        <source>Lessons and quizzes</source>
        <translation>Lecciones y cuestionarios</translation>
    </message>
    <message>
        <source>Learners who left</source>
        <translation>Estudiantes que dejaron el curso</translation>
    </message>
    <message numerus="yes">
        <source>“Needs help” means: an assessed quiz failed at least {failed} and not passed, or no study in this course for %Ln day(s) or more (counted from enrolling for a learner who has not started) while the course is not completed.</source>
        <translation>
            <numerusform>“Necesita ayuda” significa: ha fallado un cuestionario evaluado al menos {failed} sin aprobarlo, o no ha estudiado en este curso durante %Ln día o más (contando desde la inscripción si aún no ha empezado), y el curso no está completado.</numerusform>
            <numerusform>“Necesita ayuda” significa: ha fallado un cuestionario evaluado al menos {failed} sin aprobarlo, o no ha estudiado en este curso durante %Ln días o más (contando desde la inscripción si aún no ha empezado), y el curso no está completado.</numerusform>
        </translation>
    </message>
    <message>
        <source>No class on this computer</source>
        <translation>No hay ninguna clase en este equipo</translation>
    </message>
    <message>
        <source>No course you teach is on this computer.</source>
        <translation>No hay en este equipo ningún curso que impartas.</translation>
    </message>
    <message numerus="yes">
        <source>As of {date} {time} · %Ln learner(s)</source>
        <translation>
            <numerusform>A fecha de {date} {time} · %Ln estudiante</numerusform>
            <numerusform>A fecha de {date} {time} · %Ln estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s) left the course.</source>
        <translation>
            <numerusform>%Ln estudiante dejó el curso.</numerusform>
            <numerusform>%Ln estudiantes dejaron el curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>{course} — class</source>
        <translation>{course} — clase</translation>
    </message>
    <message>
        <source>Not synced yet — the class appears after the next sync</source>
        <translation>Sin sincronizar todavía: la clase aparecerá tras la próxima sincronización</translation>
    </message>
    <message>
        <source>The learners of this course appear here after the next sync.</source>
        <translation>Los estudiantes de este curso aparecerán aquí tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>No learners in this course yet. Learners who enroll appear here after a sync.</source>
        <translation>Todavía no hay estudiantes en este curso. Los que se inscriban aparecerán aquí tras una sincronización.</translation>
    </message>
    <message>
        <source>Lessons of {name}</source>
        <translation>Lecciones de {name}</translation>
    </message>
    <message>
        <source>Lessons of a learner</source>
        <translation>Lecciones de un estudiante</translation>
    </message>
</context>
<context>
    <name>CourseCardDelegate</name>
    <message>
        <source>Premium</source>
        <translation>Prémium</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <source>Course progress</source>
        <translation>Progreso del curso</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribirse</translation>
    </message>
    <message>
        <source>Leave this course…</source>
        <translation>Dejar este curso…</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>Descargar para usar sin conexión</translation>
    </message>
    <message>
        <source>Re&amp;try download</source>
        <translation>&amp;Reintentar la descarga</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Tu reseña</translation>
    </message>
    <message>
        <source>What did you think of this course? (optional)</source>
        <translation>¿Qué te pareció este curso? (opcional)</translation>
    </message>
    <message>
        <source>Save &amp;review</source>
        <translation>&amp;Guardar reseña</translation>
    </message>
    <message>
        <source>Search this course&apos;s downloaded lessons…</source>
        <translation>Buscar en las lecciones descargadas de este curso…</translation>
    </message>
    <message>
        <source>Search this course&apos;s lessons</source>
        <translation>Buscar en las lecciones de este curso</translation>
    </message>
    <message>
        <source>Rate this course</source>
        <translation>Valora este curso</translation>
    </message>
    <message>
        <source>by {instructor}</source>
        <translation>por {instructor}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Prémium</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln lesson(s) done</source>
        <translation>
            <numerusform>{done} de %Ln lección completada</numerusform>
            <numerusform>{done} de %Ln lecciones completadas</numerusform>
        </translation>
    </message>
    <message>
        <source>completed {date}</source>
        <translation>completado el {date}</translation>
    </message>
    <message>
        <source>Review from the start</source>
        <translation>Repasar desde el principio</translation>
    </message>
    <message>
        <source>Continue: {lesson}</source>
        <translation>Continuar: {lesson}</translation>
    </message>
    <message>
        <source>Start the course</source>
        <translation>Empezar el curso</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Cancelar la descarga</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>&amp;Update download</source>
        <translation>&amp;Actualizar la descarga</translation>
    </message>
    <message>
        <source>&amp;Download for offline</source>
        <translation>&amp;Descargar para usar sin conexión</translation>
    </message>
    <message>
        <source>&amp;Update download ({size})</source>
        <translation>&amp;Actualizar la descarga ({size})</translation>
    </message>
    <message>
        <source>&amp;Download for offline ({size})</source>
        <translation>&amp;Descargar para usar sin conexión ({size})</translation>
    </message>
    <message>
        <source>Download stalled at {percent} — nothing has arrived for {seconds} s. It goes on by itself when the server answers.</source>
        <translation>La descarga se detuvo en {percent}: no ha llegado nada en {seconds} s. Seguirá sola cuando el servidor responda.</translation>
    </message>
    <message>
        <source>Leave course</source>
        <translation>Dejar el curso</translation>
    </message>
    <message>
        <source>Leave “{course}”? It leaves My courses; your progress is kept and comes back if you enrol again.</source>
        <translation>¿Dejar “{course}”? Saldrá de Mis cursos; tu progreso se conserva y vuelve si te inscribes de nuevo.</translation>
    </message>
    <message>
        <source>“{lesson}” opens once you complete {prerequisites}.</source>
        <translation>“{lesson}” se abre cuando completes {prerequisites}.</translation>
    </message>
    <message>
        <source>“{lesson}”</source>
        <translation>“{lesson}”</translation>
    </message>
    <message>
        <source>Pick one to five stars first.</source>
        <translation>Primero elige de una a cinco estrellas.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>My courses</source>
        <translation>Mis cursos</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>day streak</source>
        <translation>días de racha</translation>
    </message>
    <message>
        <source>badges earned</source>
        <translation>insignias obtenidas</translation>
    </message>
    <message>
        <source>Courses in progress</source>
        <translation>Cursos en progreso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Study time, last 30 days</source>
        <translation>Tiempo de estudio, últimos 30 días</translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation>Puntuaciones de los cuestionarios</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>{earned} of {total}</source>
        <translation>{earned} de {total}</translation>
    </message>
    <message>
        <source>You have left the leaderboard. You can rejoin in Settings.</source>
        <translation>Has salido de la clasificación. Puedes volver a unirte en Ajustes.</translation>
    </message>
    <message>
        <source>As of {when} (saved for offline)</source>
        <translation>Actualizado el {when} (guardado para usar sin conexión)</translation>
    </message>
    <message>
        <source>The leaderboard appears after your first sync.</source>
        <translation>La clasificación aparece después de tu primera sincronización.</translation>
    </message>
    <message>
        <source>No courses in progress — pick one in the Catalogue.</source>
        <translation>No hay cursos en progreso: elige uno en el Catálogo.</translation>
    </message>
    <message>
        <source>{course} progress</source>
        <translation>Progreso de {course}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue {course}</source>
        <translation>Continuar {course}</translation>
    </message>
    <message>
        <source>completed {date}</source>
        <translation>completado el {date}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repasar</translation>
    </message>
    <message>
        <source>Review {course}, {when}</source>
        <translation>Repasar {course}, {when}</translation>
    </message>
    <message>
        <source>earned {day}</source>
        <translation>obtenida el {day}</translation>
    </message>
    <message>
        <source>still to earn</source>
        <translation>por conseguir</translation>
    </message>
    <message>
        <source>Badge {badge}, {status}</source>
        <translation>Insignia {badge}, {status}</translation>
    </message>
</context>
<context>
    <name>DemoServerProcess</name>
    <message>
        <source>the demo server stopped: {output}</source>
        <translation>el servidor de demostración se detuvo: {output}</translation>
    </message>
    <message>
        <source>the demo server did not start within {seconds} s; see {path}</source>
        <translation>el servidor de demostración no se inició en {seconds} s; consulta {path}</translation>
    </message>
    <message>
        <source>the demo server listed no demo learner</source>
        <translation>el servidor de demostración no indicó ningún estudiante de demostración</translation>
    </message>
</context>
<context>
    <name>DownloadChoiceDialog</name>
    <message>
        <source>Download for offline</source>
        <translation>Descargar para usar sin conexión</translation>
    </message>
    <message>
        <source>“{course}”: every lesson&apos;s text and quizzes come in any case. Choose which pictures and media to keep on this computer too.</source>
        <translation>“{course}”: el texto y los cuestionarios de todas las lecciones se descargan siempre. Elige también qué imágenes y multimedia guardar en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Everything ({size} of pictures and media)</source>
        <translation>&amp;Todo ({size} de imágenes y multimedia)</translation>
    </message>
    <message>
        <source>&amp;Text only: no pictures or media</source>
        <translation>&amp;Solo texto: sin imágenes ni multimedia</translation>
    </message>
    <message>
        <source>&amp;Only the pictures and media of the lessons ticked below</source>
        <translation>Solo las &amp;imágenes y multimedia de las lecciones marcadas abajo</translation>
    </message>
    <message>
        <source>Lessons whose pictures and media to download</source>
        <translation>Lecciones cuyas imágenes y multimedia se descargarán</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>sin archivos</translation>
    </message>
    <message>
        <source>{number}. {lesson} — {size}</source>
        <translation>{number}. {lesson} — {size}</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Pictures and media to download: none.</source>
        <translation>No se descargarán imágenes ni multimedia.</translation>
    </message>
    <message>
        <source>Pictures and media to download: up to {size}.</source>
        <translation>Imágenes y multimedia que se descargarán: hasta {size}.</translation>
    </message>
</context>
<context>
    <name>FilesBoard</name>
    <message>
        <source>Downloading files: {progress}</source>
        <translation>Descargando archivos: {progress}</translation>
    </message>
    <message numerus="yes">
        <source>Downloading files of %Ln course(s): {progress}</source>
        <translation>
            <numerusform>Descargando archivos de %Ln curso: {progress}</numerusform>
            <numerusform>Descargando archivos de %Ln cursos: {progress}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesRow</name>
    <message>
        <source>Files downloaded</source>
        <translation>Archivos descargados</translation>
    </message>
    <message>
        <source>&amp;Pause files</source>
        <translation>&amp;Pausar archivos</translation>
    </message>
    <message>
        <source>Stop downloading files…</source>
        <translation>Detener la descarga de archivos…</translation>
    </message>
    <message>
        <source>&amp;Resume files</source>
        <translation>&amp;Reanudar archivos</translation>
    </message>
    <message>
        <source>Resume files</source>
        <translation>Reanudar archivos</translation>
    </message>
    <message>
        <source>Pause files</source>
        <translation>Pausar archivos</translation>
    </message>
    <message>
        <source>Files: {progress}</source>
        <translation>Archivos: {progress}</translation>
    </message>
    <message>
        <source>Files paused: {size} still to fetch. The lessons&apos; text is here.</source>
        <translation>Archivos en pausa: faltan {size} por descargar. El texto de las lecciones ya está aquí.</translation>
    </message>
    <message>
        <source>Files: {size} still to fetch; they arrive when online.</source>
        <translation>Archivos: faltan {size} por descargar; llegarán cuando haya conexión.</translation>
    </message>
    <message>
        <source>Stop downloading files</source>
        <translation>Detener la descarga de archivos</translation>
    </message>
    <message>
        <source>Stop downloading this course&apos;s video, sound and pictures? The lessons&apos; text stays, and so do the files already here; a file cut off mid-way is deleted. Download the course again to fetch them.</source>
        <translation>¿Detener la descarga del vídeo, el sonido y las imágenes de este curso? El texto de las lecciones se queda, y también los archivos que ya están aquí; un archivo cortado a medias se borra. Vuelve a descargar el curso para obtenerlos.</translation>
    </message>
</context>
<context>
    <name>Lantern</name>
    <message>
        <source>Lantern could not start ({error}). Reinstalling Lantern may fix this; the log file has the details.</source>
        <translation>Lantern no pudo iniciarse ({error}). Reinstalar Lantern puede solucionarlo; encontrarás los detalles en el archivo de registro.</translation>
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
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (tú)</translation>
    </message>
    <message numerus="yes">
        <source>Rank {rank}, {name}, %Ln point(s)</source>
        <translation>
            <numerusform>Puesto {rank}, {name}, %Ln punto</numerusform>
            <numerusform>Puesto {rank}, {name}, %Ln puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerShell</name>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message numerus="yes">
        <source>Saved the class (%Ln row(s)) to {path}</source>
        <translation>
            <numerusform>Se guardó la clase (%Ln fila) en {path}</numerusform>
            <numerusform>Se guardó la clase (%Ln filas) en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the class to {path}: {reason}</source>
        <translation>No se pudo guardar la clase en {path}: {reason}</translation>
    </message>
    <message>
        <source>Export the class to a CSV file</source>
        <translation>Exportar la clase a un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not enough space</source>
        <translation>No hay espacio suficiente</translation>
    </message>
    <message>
        <source>Get ready for offline</source>
        <translation>Prepararse para trabajar sin conexión</translation>
    </message>
    <message>
        <source>Sync is not connected in this window; your work is saved on this computer.</source>
        <translation>La sincronización no está conectada en esta ventana; tu trabajo está guardado en este equipo.</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <extracomment>what the learners&apos; columns sort by (numbers and folded names, not their words) rows a table shows before it scrolls (the page scrolls as a whole around them) rows past those in view whose words size the columns (QHeaderView.resizeContentsPrecision) a learner&apos;s sort keys, by column: folded name, lessons, progress, time, last active, points, help</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Lecciones completadas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Necesita ayuda</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>not started, enrolled %Ln day(s) ago</source>
        <translation>
            <numerusform>sin empezar, inscrito hace %Ln día</numerusform>
            <numerusform>sin empezar, inscrito hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inactive for %Ln day(s)</source>
        <translation>
            <numerusform>inactivo desde hace %Ln día</numerusform>
            <numerusform>inactivo desde hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a learner needs help</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Needs help: {reasons}</source>
        <translation>Necesita ayuda: {reasons}</translation>
    </message>
    <message>
        <source>failed “{quiz}” {times}</source>
        <translation>no aprobó “{quiz}” {times}</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Lesson text</source>
        <extracomment>what the reader&apos;s keys do: a caret to read by line (a screen reader follows it), selecting, and links by Tab and Enter as in any QTextBrowser</extracomment>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>{text}, link</source>
        <translation>{text}, enlace</translation>
    </message>
    <message>
        <source>This image is damaged
{file}</source>
        <translation>Esta imagen está dañada
{file}</translation>
    </message>
    <message>
        <source>Image not downloaded yet
{file}</source>
        <translation>La imagen todavía no está descargada
{file}</translation>
    </message>
</context>
<context>
    <name>LessonHits</name>
    <message>
        <source>Found in downloaded lessons</source>
        <translation>Encontrado en las lecciones descargadas</translation>
    </message>
    <message>
        <source>No downloaded lesson of this course mentions “{words}”.</source>
        <translation>Ninguna lección descargada de este curso menciona “{words}”.</translation>
    </message>
    <message numerus="yes">
        <source>Found in downloaded lessons: %Ln section(s)</source>
        <translation>
            <numerusform>Encontrado en las lecciones descargadas: %Ln sección</numerusform>
            <numerusform>Encontrado en las lecciones descargadas: %Ln secciones</numerusform>
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
        <translation>Completada</translation>
    </message>
    <message>
        <source>Complete {lessons} first</source>
        <translation>Completa primero {lessons}</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
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
        <translation>en</translation>
    </message>
    <message>
        <source>Preview — reading and answers here are not recorded</source>
        <translation>Vista previa: lo que leas y respondas aquí no se registra</translation>
    </message>
    <message>
        <source>Sections of this lesson</source>
        <translation>Secciones de esta lección</translation>
    </message>
    <message>
        <source>&amp;Mark section read</source>
        <translation>&amp;Marcar sección como leída</translation>
    </message>
    <message>
        <source>&amp;Complete lesson</source>
        <translation>&amp;Completar lección</translation>
    </message>
    <message>
        <source>Take the &amp;quiz</source>
        <translation>&amp;Hacer el cuestionario</translation>
    </message>
    <message>
        <source>In this lesson</source>
        <translation>En esta lección</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>Completada ✓</translation>
    </message>
    <message>
        <source>Back to {course}</source>
        <translation>Volver a {course}</translation>
    </message>
    <message>
        <source>Back to the course {course}</source>
        <translation>Volver al curso {course}</translation>
    </message>
    <message>
        <source>Lesson {title}</source>
        <translation>Lección {title}</translation>
    </message>
    <message>
        <source>‹ &amp;Previous: {title}</source>
        <translation>‹ An&amp;terior: {title}</translation>
    </message>
    <message>
        <source>&amp;Next: {title} ›</source>
        <translation>Siguie&amp;nte: {title} ›</translation>
    </message>
    <message>
        <source>Complete this lesson first.</source>
        <translation>Primero completa esta lección.</translation>
    </message>
    <message>
        <source>Lesson complete. Next, try its quiz.</source>
        <translation>Lección completada. Ahora prueba su cuestionario.</translation>
    </message>
    <message>
        <source>Lesson complete. Next: {title}.</source>
        <translation>Lección completada. Siguiente: {title}.</translation>
    </message>
    <message>
        <source>Course complete: you finished every lesson of {course}.</source>
        <translation>Curso completado: has terminado todas las lecciones de {course}.</translation>
    </message>
    <message>
        <source>Lesson complete. The course lists what is left.</source>
        <translation>Lección completada. El curso muestra lo que te queda.</translation>
    </message>
    <message>
        <source>This lesson could not be read:

{problems}</source>
        <translation>No se pudo leer esta lección:

{problems}</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>{section}, {mark} read</source>
        <translation>{section}, {mark} leída</translation>
    </message>
    <message>
        <source>Time on this lesson: {duration}</source>
        <translation>Tiempo en esta lección: {duration}</translation>
    </message>
    <message>
        <source>Time on this lesson: {duration}  ·  paused</source>
        <translation>Tiempo en esta lección: {duration}  ·  en pausa</translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Average completion</source>
        <translation>Finalización media</translation>
    </message>
    <message>
        <source>Quiz attempted</source>
        <translation>Cuestionario intentado</translation>
    </message>
    <message>
        <source>Quiz passed</source>
        <translation>Cuestionario aprobado</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>Most often missed</source>
        <translation>Pregunta más fallada</translation>
    </message>
    <message>
        <source>a question not on this computer</source>
        <translation>una pregunta que no está en este equipo</translation>
    </message>
    <message numerus="yes">
        <source>Missed in {missed} of %Ln attempt(s): {question}</source>
        <translation>
            <numerusform>Fallada en {missed} de %Ln intento: {question}</numerusform>
            <numerusform>Fallada en {missed} de %Ln intentos: {question}</numerusform>
        </translation>
    </message>
    <message>
        <source>No quiz</source>
        <translation>Sin cuestionario</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>“{prompt}”</translation>
    </message>
    <message>
        <source>assessed quiz</source>
        <translation>cuestionario evaluado</translation>
    </message>
    <message>
        <source>practice quiz</source>
        <translation>cuestionario de práctica</translation>
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
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Mis cursos</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>{title}  ({count})</source>
        <translation>{title}  ({count})</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>Acerca de Lantern</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Captions</source>
        <extracomment>how often progress is saved while playing</extracomment>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>{rate}×</source>
        <translation>{rate}×</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Subtítulos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>Cerrar el reproductor</translation>
    </message>
    <message>
        <source>This file is not downloaded yet: download the course first.</source>
        <translation>Este archivo aún no está descargado: primero descarga el curso.</translation>
    </message>
    <message>
        <source>Video and sound cannot play on this computer: Qt Multimedia could not load ({error}).</source>
        <translation>El vídeo y el sonido no se pueden reproducir en este equipo: no se pudo cargar Qt Multimedia ({error}).</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>This file could not be played ({error}).</source>
        <translation>No se pudo reproducir este archivo ({error}).</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>{position} of {duration}</source>
        <translation>{position} de {duration}</translation>
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
            <numerusform>Lantern no puede abrir su ventana: falta la biblioteca del sistema {names} que Qt necesita para dibujar en X11.
En Debian o Ubuntu, instálala con:
    {command}
(En otros sistemas, instala el paquete que la proporciona).</numerusform>
            <numerusform>Lantern no puede abrir su ventana: faltan las bibliotecas del sistema {names} que Qt necesita para dibujar en X11.
En Debian o Ubuntu, instálalas con:
    {command}
(En otros sistemas, instala el paquete que las proporciona).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>{title}. {message}. {when}, read</source>
        <translation>{title}. {message}. {when}, leída</translation>
    </message>
    <message>
        <source>{title}. {message}. {when}, unread</source>
        <translation>{title}. {message}. {when}, no leída</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Marcar &amp;todo como leído</translation>
    </message>
    <message>
        <source>Nothing new. Badges, graded quizzes and finished courses show up here.</source>
        <translation>No hay nada nuevo. Aquí aparecen las insignias, los cuestionarios calificados y los cursos completados.</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <source>Reset your password</source>
        <translation>Restablecer tu contraseña</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation>&amp;Enviarme un código</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>Código del correo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s)</source>
        <translation>
            <numerusform>%Ln dígito</numerusform>
            <numerusform>%Ln dígitos</numerusform>
        </translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln character(s)</source>
        <translation>
            <numerusform>al menos %Ln carácter</numerusform>
            <numerusform>al menos %Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir la nueva contraseña</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the new password</source>
        <translation>Mostrar la nueva contraseña</translation>
    </message>
    <message>
        <source>Set &amp;new password</source>
        <translation>Guardar la &amp;nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>C&amp;orreo electrónico</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nueva contra&amp;seña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Type the email address of your account.</source>
        <translation>Escribe la dirección de correo electrónico de tu cuenta.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>If {email} has an account, a {length}-digit code is on its way; it works for an hour. Type it here with your new password.</source>
        <translation>Si {email} tiene una cuenta, le llegará un código de {length} dígitos; sirve durante una hora. Escríbelo aquí junto con tu nueva contraseña.</translation>
    </message>
    <message>
        <source>Type the {length}-digit code from the email.</source>
        <translation>Escribe el código de {length} dígitos del correo.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %Ln character(s).</source>
        <translation>
            <numerusform>La nueva contraseña necesita al menos %Ln carácter.</numerusform>
            <numerusform>La nueva contraseña necesita al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation>Guardando tu nueva contraseña…</translation>
    </message>
    <message>
        <source>That code is wrong or has expired. Ask for a new one.</source>
        <translation>Ese código no es correcto o ha expirado. Pide uno nuevo.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>Previous page</source>
        <extracomment>what the page worker reports instead of an error&apos;s own text (``PdfView.problem_text``) the most pixels a page is drawn with, whatever its size in the file says</extracomment>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Cerrar el documento</translation>
    </message>
    <message>
        <source>This file is not downloaded yet: download the course first.</source>
        <translation>Este archivo todavía no está descargado: primero descarga el curso.</translation>
    </message>
    <message>
        <source>{zoom} %</source>
        <translation>{zoom}&#xa0;%</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>This PDF could not be shown ({error}).</source>
        <translation>No se pudo mostrar este PDF ({error}).</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{change}, {state}</source>
        <translation>{change}, {state}</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <source>Save my work to a file…</source>
        <translation>Guardar mi trabajo en un archivo…</translation>
    </message>
    <message>
        <source>No internet here for a while? Save the waiting changes to a file (a USB stick) and deliver it from a Lantern that is online; they are applied once, as yours.</source>
        <translation>¿Llevas tiempo sin internet aquí? Guarda los cambios en espera en un archivo (por ejemplo, en una memoria USB) y entrégalo desde un Lantern con conexión; se aplican una sola vez, como tuyos.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Cambios que esperan sincronizarse</translation>
    </message>
    <message>
        <source>Nothing waiting — everything you did is on the server.</source>
        <translation>No hay nada en espera: todo lo que hiciste está en el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing waiting. %Ln could not be accepted by the server; the reason is shown next to each.</source>
        <translation>
            <numerusform>No hay nada en espera. El servidor no pudo aceptar %Ln cambio; el motivo aparece a su lado.</numerusform>
            <numerusform>No hay nada en espera. El servidor no pudo aceptar %Ln cambios; el motivo aparece al lado de cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to sync. Your work is saved on this computer and is sent the next time you are online.</source>
        <translation>
            <numerusform>%Ln cambio espera sincronizarse. Tu trabajo está guardado en este equipo y se enviará la próxima vez que tengas conexión.</numerusform>
            <numerusform>%Ln cambios esperan sincronizarse. Tu trabajo está guardado en este equipo y se enviará la próxima vez que tengas conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be accepted by the server; the reason is shown next to each.</source>
        <translation>
            <numerusform>El servidor no pudo aceptar %Ln cambio; el motivo aparece a su lado.</numerusform>
            <numerusform>El servidor no pudo aceptar %Ln cambios; el motivo aparece al lado de cada uno.</numerusform>
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
        <translation>Previsualizar una carpeta de paquete de curso</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Sign in with your instructor account to publish (File → Switch learner).</source>
        <translation>Inicia sesión con tu cuenta de instructor para publicar (Archivo → Cambiar de estudiante).</translation>
    </message>
    <message>
        <source>Fix the problems shown in the preview first:
{problems}</source>
        <translation>Primero corrige los problemas que muestra la vista previa:
{problems}</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview — {folder}</source>
        <translation>Vista previa — {folder}</translation>
    </message>
    <message>
        <source>Lessons in this package</source>
        <translation>Lecciones de este paquete</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Publish to server…</source>
        <translation>Publicar en el servidor…</translation>
    </message>
    <message>
        <source>{folder} could not be read</source>
        <translation>No se pudo leer {folder}</translation>
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
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <source>Answer: {prompt}</source>
        <translation>Respuesta: {prompt}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Correcto</translation>
    </message>
    <message numerus="yes">
        <source>◐ Partly right: {earned} of %Ln point(s). Correct answers: {answers}</source>
        <translation>
            <numerusform>◐ Correcto en parte: {earned} de %Ln punto. Respuestas correctas: {answers}</numerusform>
            <numerusform>◐ Correcto en parte: {earned} de %Ln puntos. Respuestas correctas: {answers}</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Not quite. Correct answer: {answer}</source>
        <translation>✗ No del todo. Respuesta correcta: {answer}</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Correcto</translation>
    </message>
    <message numerus="yes">
        <source>◐ Partly right: {earned} of %Ln point(s)</source>
        <translation>
            <numerusform>◐ Correcto en parte: {earned} de %Ln punto</numerusform>
            <numerusform>◐ Correcto en parte: {earned} de %Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Not right</source>
        <translation>✗ Incorrecto</translation>
    </message>
    <message>
        <source>Why: {explanation}</source>
        <translation>Por qué: {explanation}</translation>
    </message>
    <message>
        <source>{answers} or {answer}</source>
        <comment>accepted short answers</comment>
        <translation>{answers} o {answer}</translation>
    </message>
    <message>
        <source>{answers}; {answer}</source>
        <comment>the correct options of a question</comment>
        <translation>{answers}; {answer}</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>&amp;Submit answers</source>
        <translation>&amp;Enviar respuestas</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>Back to the &amp;lesson</source>
        <translation>Volver a la &amp;lección</translation>
    </message>
    <message>
        <source>Show which answers were &amp;right</source>
        <translation>&amp;Mostrar qué respuestas eran correctas</translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation>Intentos anteriores</translation>
    </message>
    <message>
        <source>Assessed quiz.</source>
        <translation>Cuestionario evaluado.</translation>
    </message>
    <message>
        <source>Your answers are graded by the school&apos;s server. You&apos;ll see your grade after the next sync.</source>
        <translation>El servidor de tu escuela califica tus respuestas. Verás tu calificación después de la próxima sincronización.</translation>
    </message>
    <message>
        <source>Practice quiz: you&apos;ll see your grade and the correct answers as soon as you submit. {pass_mark} passes.</source>
        <translation>Cuestionario de práctica: verás tu calificación y las respuestas correctas en cuanto lo envíes. Se aprueba con {pass_mark}.</translation>
    </message>
    <message>
        <source>{title}. {pass_mark} passes.</source>
        <translation>{title}. Se aprueba con {pass_mark}.</translation>
    </message>
    <message>
        <source>Grading…</source>
        <translation>Calificando…</translation>
    </message>
    <message>
        <source>Submitted — will be graded when you&apos;re online. Your answers are saved on this computer.</source>
        <translation>Enviado: se calificará cuando tengas conexión. Tus respuestas están guardadas en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Next lesson: {title} →</source>
        <translation>&amp;Siguiente lección: {title} →</translation>
    </message>
    <message>
        <source>Course complete — back to the &amp;course</source>
        <translation>Curso completado: volver al &amp;curso</translation>
    </message>
    <message>
        <source>question {number} right ✓</source>
        <translation>pregunta {number} correcta ✓</translation>
    </message>
    <message>
        <source>question {number} not right ✗</source>
        <translation>pregunta {number} incorrecta ✗</translation>
    </message>
    <message>
        <source>Your graded attempt: {questions}.</source>
        <translation>Tu intento calificado: {questions}.</translation>
    </message>
    <message>
        <source>The server has no answers of yours for these questions.</source>
        <translation>El servidor no tiene respuestas tuyas para estas preguntas.</translation>
    </message>
    <message>
        <source>{verdicts}, {verdict}</source>
        <comment>the verdicts of a graded attempt</comment>
        <translation>{verdicts}, {verdict}</translation>
    </message>
    <message>
        <source>Kept by the server, not counted: the quiz changed since you took it; take it as it is now.</source>
        <translation>El servidor guardó este intento, pero no cuenta: el cuestionario cambió desde que lo hiciste; hazlo tal como está ahora.</translation>
    </message>
    <message>
        <source>Graded by the server: over the attempt limit, not counted.</source>
        <translation>Calificado por el servidor: superaste el límite de intentos, así que no cuenta.</translation>
    </message>
    <message>
        <source>Graded: {result}</source>
        <translation>Calificación: {result}</translation>
    </message>
</context>
<context>
    <name>SavedWorkFlow</name>
    <message numerus="yes">
        <source>Saved %Ln change(s) to {path}. [It stays|They stay] waiting here until the server has [it|them]; deliver the file from a Lantern that is online.</source>
        <translation>
            <numerusform>Se guardó %Ln cambio en {path}. Se queda en espera aquí hasta que el servidor lo tenga; entrega el archivo desde un Lantern con conexión.</numerusform>
            <numerusform>Se guardaron %Ln cambios en {path}. Se quedan en espera aquí hasta que el servidor los tenga; entrega el archivo desde un Lantern con conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest work stays on this computer and is never sent.</source>
        <translation>El trabajo de invitado se queda en este equipo y nunca se envía.</translation>
    </message>
    <message>
        <source>Your work cannot be saved to a file yet: this computer has not been online since you signed in here. Connect once and sync, then save again.</source>
        <translation>Todavía no se puede guardar tu trabajo en un archivo: este equipo no se ha conectado desde que iniciaste sesión aquí. Conéctate una vez y sincroniza; después, vuelve a guardar.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: there is no work to save.</source>
        <translation>No hay nada esperando envío: no hay trabajo que guardar.</translation>
    </message>
    <message>
        <source>Could not save your work to {path}: {reason}</source>
        <translation>No se pudo guardar tu trabajo en {path}: {reason}</translation>
    </message>
    <message>
        <source>Deliver saved work</source>
        <translation>Entregar trabajo guardado</translation>
    </message>
    <message>
        <source>Sign in to deliver saved work.</source>
        <translation>Inicia sesión para entregar trabajo guardado.</translation>
    </message>
    <message>
        <source>You chose to work offline: switch it off (File ▸ Work offline) to deliver.</source>
        <translation>Elegiste trabajar sin conexión: desactívalo (Archivo ▸ Trabajar sin conexión) para entregar.</translation>
    </message>
    <message>
        <source>Delivering saved work…</source>
        <translation>Entregando el trabajo guardado…</translation>
    </message>
    <message>
        <source>{file}: {outcome}</source>
        <translation>{file}: {outcome}</translation>
    </message>
    <message>
        <source>not delivered: {why}.</source>
        <translation>no entregado: {why}.</translation>
    </message>
    <message>
        <source>work of {who} not delivered: {why}.</source>
        <translation>trabajo de {who} no entregado: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied.</source>
        <translation>trabajo de {who} entregado; aplicados: {changes}.</translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied, {already} already on the server.</source>
        <translation>trabajo de {who} entregado; aplicados: {changes}; ya estaban en el servidor: {already}.</translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied, {refused} refused by the server (first: {reason}).</source>
        <translation>trabajo de {who} entregado; aplicados: {changes}; rechazados por el servidor: {refused} (primer motivo: {reason}).</translation>
    </message>
    <message>
        <source>work of {who} delivered: {changes} applied, {already} already on the server, {refused} refused by the server (first: {reason}).</source>
        <translation>trabajo de {who} entregado; aplicados: {changes}; ya estaban en el servidor: {already}; rechazados por el servidor: {refused} (primer motivo: {reason}).</translation>
    </message>
    <message>
        <source>the server does not know the computer that saved it</source>
        <translation>el servidor no conoce el equipo que lo guardó</translation>
    </message>
    <message>
        <source>that computer already sent other work; it keeps this work and sends it itself</source>
        <translation>ese equipo ya envió otro trabajo; conserva este trabajo y lo enviará él mismo</translation>
    </message>
    <message>
        <source>earlier work from the same computer is missing; deliver that file first</source>
        <translation>falta trabajo anterior del mismo equipo; entrega primero ese archivo</translation>
    </message>
    <message>
        <source>this is not saved Lantern work</source>
        <translation>esto no es trabajo guardado de Lantern</translation>
    </message>
    <message>
        <source>it was saved by a newer Lantern; update this one</source>
        <translation>lo guardó una versión más nueva de Lantern; actualiza esta</translation>
    </message>
    <message>
        <source>it was changed after it was saved; nothing in it was applied</source>
        <translation>se modificó después de guardarse; no se aplicó nada de su contenido</translation>
    </message>
    <message>
        <source>it was saved for another server</source>
        <translation>se guardó para otro servidor</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>el servidor lo rechazó</translation>
    </message>
    <message>
        <source>it is damaged or incomplete (unreadable at line {line}, column {column})</source>
        <translation>está dañado o incompleto (no se puede leer en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>it is not a file of saved Lantern work</source>
        <translation>no es un archivo de trabajo guardado de Lantern</translation>
    </message>
    <message>
        <source>it is not a file of saved Lantern work (not text)</source>
        <translation>no es un archivo de trabajo guardado de Lantern (no es texto)</translation>
    </message>
    <message>
        <source>it is far too large to be saved Lantern work</source>
        <translation>es demasiado grande para ser trabajo guardado de Lantern</translation>
    </message>
    <message>
        <source>it was saved by another version of Lantern (format {version})</source>
        <translation>lo guardó otra versión de Lantern (formato {version})</translation>
    </message>
    <message>
        <source>it holds no work (the field chunks is missing or empty)</source>
        <translation>no contiene trabajo (falta el campo chunks o está vacío)</translation>
    </message>
    <message>
        <source>the field {field} is missing</source>
        <translation>falta el campo {field}</translation>
    </message>
    <message>
        <source>chunks[{index}] is not a chunk</source>
        <translation>chunks[{index}] no es un fragmento</translation>
    </message>
    <message>
        <source>chunks[{index}] lacks its payload or mac</source>
        <translation>a chunks[{index}] le falta su payload o su mac</translation>
    </message>
    <message>
        <source>chunks[{index}].payload is damaged</source>
        <translation>chunks[{index}].payload está dañado</translation>
    </message>
    <message>
        <source>chunks[{index}].payload holds no numbered ops</source>
        <translation>chunks[{index}].payload no contiene operaciones numeradas</translation>
    </message>
    <message>
        <source>chunks[{index}].payload names no device</source>
        <translation>chunks[{index}].payload no indica ningún dispositivo</translation>
    </message>
    <message>
        <source>its chunks come from different devices</source>
        <translation>sus fragmentos vienen de dispositivos distintos</translation>
    </message>
    <message>
        <source>part of it is missing (changes {first}–{last})</source>
        <translation>le falta una parte (cambios {first}–{last})</translation>
    </message>
    <message>
        <source>it is not saved work this Lantern can read ({problem})</source>
        <translation>no es trabajo guardado que este Lantern pueda leer ({problem})</translation>
    </message>
    <message>
        <source>{problem} The files are kept: deliver them again later.</source>
        <translation>{problem} Los archivos se conservan: vuelve a entregarlos más tarde.</translation>
    </message>
    <message>
        <source>Save my work to a file</source>
        <translation>Guardar mi trabajo en un archivo</translation>
    </message>
    <message>
        <source>Saved Lantern work (*{suffix})</source>
        <translation>Trabajo guardado de Lantern (*{suffix})</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Quiz scores over time</source>
        <translation>Puntuaciones de cuestionarios a lo largo del tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln [quiz|quizzes]; latest {score}</source>
        <translation>
            <numerusform>%Ln cuestionario; el último: {score}</numerusform>
            <numerusform>%Ln cuestionarios; el último: {score}</numerusform>
        </translation>
    </message>
    <message>
        <source>No quiz scores yet</source>
        <translation>Todavía no hay puntuaciones de cuestionarios</translation>
    </message>
    <message>
        <source>pass {score}</source>
        <translation>para aprobar: {score}</translation>
    </message>
    <message>
        <source>No quizzes taken yet</source>
        <translation>Todavía no has hecho ningún cuestionario</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Change &amp;server…</source>
        <translation>Cambiar de &amp;servidor…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ce&amp;rrar sesión…</translation>
    </message>
    <message>
        <source>Quick PIN</source>
        <translation>PIN rápido</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>De 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>Crear &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>&amp;Quitar PIN</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Mostrar &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Clear this learner&apos;s data on this computer…</source>
        <translation>&amp;Borrar los datos de este estudiante en este equipo…</translation>
    </message>
    <message>
        <source>Leave the &amp;leaderboard (others won&apos;t see my name or points)</source>
        <translation>No aparecer en la c&amp;lasificación (los demás no verán mi nombre ni mis puntos)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Clave del proyecto</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Datos en este equipo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <source>Also Ctrl+= and Ctrl+− anywhere, Ctrl+0 for 100 %</source>
        <translation>También Ctrl+= y Ctrl+− en cualquier lugar; Ctrl+0 para volver al 100&#xa0;%</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lantern shows the new language when it starts again.</source>
        <translation>Lantern mostrará el nuevo idioma la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>C&amp;olores</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Nadie ha iniciado sesión</translation>
    </message>
    <message>
        <source>Guest (work stays on this computer)</source>
        <translation>Invitado (el trabajo se queda en este equipo)</translation>
    </message>
    <message>
        <source>Change &amp;PIN</source>
        <translation>Cambiar el &amp;PIN</translation>
    </message>
    <message>
        <source>Your PIN opens your courses on this computer after you sign out.</source>
        <translation>Tu PIN abre tus cursos en este equipo después de cerrar sesión.</translation>
    </message>
    <message>
        <source>Choose a PIN to open your courses on this computer without your password.</source>
        <translation>Elige un PIN para abrir tus cursos en este equipo sin tu contraseña.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Their PIN or password is needed to open their courses here again.</source>
        <translation>Hará falta su PIN o su contraseña para volver a abrir sus cursos aquí.</translation>
    </message>
    <message>
        <source>Their password is needed to open their courses here again.</source>
        <translation>Hará falta su contraseña para volver a abrir sus cursos aquí.</translation>
    </message>
    <message>
        <source>Sign {name} out of Lantern on this computer?</source>
        <translation>¿Cerrar la sesión de {name} en Lantern en este equipo?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Delete {name}&apos;s downloaded courses and progress from this computer? What is already on the server is kept.</source>
        <translation>¿Borrar de este equipo los cursos descargados y el progreso de {name}? Lo que ya está en el servidor se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>Careful: %Ln change(s) [hasn&apos;t|haven&apos;t] reached the server yet and would be lost.</source>
        <translation>
            <numerusform>Cuidado: %Ln cambio todavía no ha llegado al servidor y se perdería.</numerusform>
            <numerusform>Cuidado: %Ln cambios todavía no han llegado al servidor y se perderían.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation>Borrar datos locales</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Welcome to Lantern</source>
        <translation>Te damos la bienvenida a Lantern</translation>
    </message>
    <message>
        <source>Learners on this computer</source>
        <translation>Estudiantes en este equipo</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Use my P&amp;IN</source>
        <translation>Usar mi &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>¿&amp;Olvidaste tu contraseña?</translation>
    </message>
    <message>
        <source>Sh&amp;ow passwords</source>
        <translation>&amp;Mostrar contraseñas</translation>
    </message>
    <message>
        <source>Sh&amp;ow password</source>
        <translation>&amp;Mostrar contraseña</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>Crear cuen&amp;ta</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;demo server</source>
        <translation>Servidor de &amp;demostración de este equipo</translation>
    </message>
    <message>
        <source>My sc&amp;hool&apos;s server</source>
        <translation>Servidor de mi &amp;escuela</translation>
    </message>
    <message>
        <source>Advanced: &amp;type the server address and key</source>
        <translation>&amp;Avanzado: escribir la dirección y la clave del servidor</translation>
    </message>
    <message>
        <source>Check and sa&amp;ve</source>
        <translation>Comprobar y &amp;guardar</translation>
    </message>
    <message>
        <source>Study as a &amp;guest</source>
        <translation>Estudiar como &amp;invitado</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Clave del proyecto</translation>
    </message>
    <message>
        <source>Setup code or link</source>
        <translation>Código o enlace de configuración</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln character(s)</source>
        <translation>
            <numerusform>al menos %Ln carácter</numerusform>
            <numerusform>al menos %Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>optional: {low} to {high} digits</source>
        <translation>opcional: de {low} a {high} cifras</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Corr&amp;eo electrónico</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>&amp;Quick PIN</source>
        <translation>PIN &amp;rápido</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Repetir contr&amp;aseña</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Paste your school&apos;s setup code or &amp;link</source>
        <translation>Pega el código de configuración o el en&amp;lace de tu escuela</translation>
    </message>
    <message>
        <source>lantern1.… or lantern://setup?…</source>
        <translation>lantern1.… o lantern://setup?…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Project &amp;key</source>
        <translation>Cla&amp;ve del proyecto</translation>
    </message>
    <message>
        <source>Server: not chosen yet</source>
        <translation>Servidor: aún sin elegir</translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation>Servidor: {address}</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({username}) — signed out — %Ln unsynced</source>
        <translation>
            <numerusform>{name} ({username}) — sesión cerrada — %Ln sin sincronizar</numerusform>
            <numerusform>{name} ({username}) — sesión cerrada — %Ln sin sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({username}) — signed out</source>
        <translation>{name} ({username}) — sesión cerrada</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({username}) — %Ln unsynced</source>
        <translation>
            <numerusform>{name} ({username}) — %Ln sin sincronizar</numerusform>
            <numerusform>{name} ({username}) — %Ln sin sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <source>Nobody yet — sign in or create an account</source>
        <translation>Todavía no hay nadie: inicia sesión o crea una cuenta</translation>
    </message>
    <message>
        <source>{name} signed out on this computer. Type the PIN to continue.</source>
        <translation>{name} cerró sesión en este equipo. Escribe el PIN para continuar.</translation>
    </message>
    <message>
        <source>{name} signed out on this computer. Type the password to continue.</source>
        <translation>{name} cerró sesión en este equipo. Escribe la contraseña para continuar.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Choose your school&apos;s server first.</source>
        <translation>Primero elige el servidor de tu escuela.</translation>
    </message>
    <message>
        <source>This learner signed out; type their password to continue.</source>
        <translation>Este estudiante cerró sesión; escribe su contraseña para continuar.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Type the PIN first.</source>
        <translation>Primero escribe el PIN.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Primero escribe la contraseña.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Type your email and password.</source>
        <translation>Escribe tu correo electrónico y tu contraseña.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits; leave it empty to keep none.</source>
        <translation>Un PIN tiene de {low} a {high} cifras; déjalo vacío si no quieres usar ninguno.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message numerus="yes">
        <source>Choose a username of at least %Ln character(s).</source>
        <translation>
            <numerusform>Elige un nombre de usuario de al menos %Ln carácter.</numerusform>
            <numerusform>Elige un nombre de usuario de al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in every field to create an account.</source>
        <translation>Completa todos los campos para crear una cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %Ln character(s).</source>
        <translation>
            <numerusform>Elige una contraseña de al menos %Ln carácter.</numerusform>
            <numerusform>Elige una contraseña de al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
    <message>
        <source>Opening the sample course…</source>
        <translation>Abriendo el curso de ejemplo…</translation>
    </message>
    <message>
        <source>Setup code for {address}. Press Check and save.</source>
        <translation>Código de configuración para {address}. Pulsa Comprobar y guardar.</translation>
    </message>
    <message>
        <source>Paste the setup code or link your school gave you.</source>
        <translation>Pega el código o enlace de configuración que te dio tu escuela.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
    </message>
    <message>
        <source>Connected to {address}. Now sign in or create an account.</source>
        <translation>Conectado a {address}. Ahora inicia sesión o crea una cuenta.</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <source>Your rating</source>
        <translation>Tu valoración</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>{stars} of {most} stars</source>
        <translation>{stars} de {most} estrellas</translation>
    </message>
    <message>
        <source>Your rating: {rating}. Arrow keys or 1–5 change it.</source>
        <translation>Tu valoración: {rating}. Cámbiala con las flechas o con las teclas del 1 al 5.</translation>
    </message>
</context>
<context>
    <name>StorageView</name>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Measuring the downloads…</source>
        <translation>Midiendo las descargas…</translation>
    </message>
    <message>
        <source>Downloaded courses</source>
        <translation>Cursos descargados</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>No course is downloaded to this computer.</source>
        <translation>No hay ningún curso descargado en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded course(s) [uses|use] {total} of this computer; {free} free on its disk.</source>
        <translation>
            <numerusform>%Ln curso descargado ocupa {total} de este equipo; quedan {free} libres en su disco.</numerusform>
            <numerusform>%Ln cursos descargados ocupan {total} de este equipo; quedan {free} libres en su disco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lessons {lessons}, pictures and files {files} (%Ln file(s))</source>
        <translation>
            <numerusform>Lecciones: {lessons}; imágenes y archivos: {files} (%Ln archivo)</numerusform>
            <numerusform>Lecciones: {lessons}; imágenes y archivos: {files} (%Ln archivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove the download of {title}</source>
        <translation>Eliminar la descarga de {title}</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Eliminar descarga</translation>
    </message>
    <message>
        <source>Remove the download of “{title}” from this computer? It gives back {size}. Your progress, time and quiz attempts stay; download the course again to read it offline.</source>
        <translation>¿Eliminar de este equipo la descarga de “{title}”? Así se liberan {size}. Tu progreso, tu tiempo y tus intentos de cuestionario se conservan; vuelve a descargar el curso para leerlo sin conexión.</translation>
    </message>
</context>
<context>
    <name>StudyTimeChart</name>
    <message>
        <source>Study minutes per day, last 30 days</source>
        <translation>Minutos de estudio por día, últimos 30 días</translation>
    </message>
    <message>
        <source>{minutes} over {days}; studied on {active}</source>
        <translation>{minutes} en {days}; estudiaste {active}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>the first and last days under the study chart</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{minutes}m</source>
        <comment>the study chart&apos;s top, in minutes</comment>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry sync</source>
        <translation>Reintentar la sincronización</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Inicia sesión para sincronizar</translation>
    </message>
    <message>
        <source>Sign in or create an account to keep your progress on the school&apos;s server.</source>
        <translation>Inicia sesión o crea una cuenta para guardar tu progreso en el servidor de tu escuela.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send your work and fetch what changed on the server</source>
        <translation>Enviar tu trabajo y traer lo que cambió en el servidor</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Trabajar sin conexión</translation>
    </message>
    <message>
        <source>Stop using the network; your work is saved and syncs later</source>
        <translation>Dejar de usar la red; tu trabajo se guarda y se sincroniza más tarde</translation>
    </message>
    <message>
        <source>&amp;Get ready for offline…</source>
        <translation>&amp;Prepararse para trabajar sin conexión…</translation>
    </message>
    <message>
        <source>Download every enrolled course and send all waiting work</source>
        <translation>Descargar todos los cursos en los que estás inscrito y enviar todo el trabajo en espera</translation>
    </message>
    <message>
        <source>Save my &amp;work to a file…</source>
        <translation>&amp;Guardar mi trabajo en un archivo…</translation>
    </message>
    <message>
        <source>Put the changes waiting to be sent in a file another Lantern can deliver</source>
        <translation>Guardar en un archivo los cambios pendientes de envío, para que otro Lantern los entregue</translation>
    </message>
    <message>
        <source>&amp;Deliver saved work…</source>
        <translation>&amp;Entregar trabajo guardado…</translation>
    </message>
    <message>
        <source>Send work saved on other computers to the server with your account</source>
        <translation>Enviar al servidor, con tu cuenta, el trabajo guardado en otros equipos</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>&amp;Cambiar de estudiante…</translation>
    </message>
    <message>
        <source>Sign o&amp;ut…</source>
        <translation>Ce&amp;rrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Preview course package…</source>
        <translation>&amp;Vista previa de un paquete de curso…</translation>
    </message>
    <message>
        <source>Open a course package folder as learners will see it</source>
        <translation>Abrir la carpeta de un paquete de curso tal como la verán los estudiantes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>&amp;My courses</source>
        <translation>&amp;Mis cursos</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Pending changes</source>
        <translation>Cambios &amp;pendientes</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Find courses</source>
        <translation>&amp;Buscar cursos</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Texto más grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;About Lantern</source>
        <translation>Acerca &amp;de Lantern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>attempts</name>
    <message>
        <source>{when} — submitted, waiting for the server&apos;s grade</source>
        <translation>{when} — enviado, a la espera de la calificación del servidor</translation>
    </message>
    <message>
        <source>{when} — {score}/{max_score} ({percent}), passed</source>
        <translation>{when} — {score}/{max_score} ({percent}), aprobado</translation>
    </message>
    <message>
        <source>{when} — {score}/{max_score} ({percent}), not passed</source>
        <translation>{when} — {score}/{max_score} ({percent}), no aprobado</translation>
    </message>
    <message>
        <source>{attempt} · server&apos;s grade: {score}/{max_score}</source>
        <translation>{attempt} · calificación del servidor: {score}/{max_score}</translation>
    </message>
    <message>
        <source>{when} — the quiz changed since you took it; not counted (take it as it is now)</source>
        <translation>{when} — el cuestionario cambió desde que lo hiciste; no cuenta (hazlo tal como está ahora)</translation>
    </message>
    <message>
        <source>{when} — over the attempt limit, not counted</source>
        <translation>{when} — fuera del límite de intentos, no cuenta</translation>
    </message>
    <message numerus="yes">
        <source>{score} of %Ln point(s) ({percent}). Not passed yet — {pass_mark} passes</source>
        <translation>
            <numerusform>{score} de %Ln punto ({percent}). Todavía no aprobado — se aprueba con {pass_mark}</numerusform>
            <numerusform>{score} de %Ln puntos ({percent}). Todavía no aprobado — se aprueba con {pass_mark}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{score} of %Ln point(s) ({percent}). Passed ✓</source>
        <translation>
            <numerusform>{score} de %Ln punto ({percent}). Aprobado ✓</numerusform>
            <numerusform>{score} de %Ln puntos ({percent}). Aprobado ✓</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{grade} — you earn %Ln point(s)</source>
        <translation>
            <numerusform>{grade} — ganas %Ln punto</numerusform>
            <numerusform>{grade} — ganas %Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>One attempt only; it counts.</source>
        <translation>Solo un intento, y cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %Ln attempt(s); your last counts.</source>
        <translation>
            <numerusform>Hasta %Ln intento; cuenta el último.</numerusform>
            <numerusform>Hasta %Ln intentos; cuenta el último.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %Ln attempt(s); your best counts.</source>
        <translation>
            <numerusform>Hasta %Ln intento; cuenta el mejor.</numerusform>
            <numerusform>Hasta %Ln intentos; cuenta el mejor.</numerusform>
        </translation>
    </message>
    <message>
        <source>You passed this quiz; another attempt would not count.</source>
        <translation>Aprobaste este cuestionario; otro intento no contaría.</translation>
    </message>
    <message numerus="yes">
        <source>You have used all %Ln attempt(s); another attempt would not count.</source>
        <translation>
            <numerusform>Ya usaste %Ln intento, el único permitido; otro intento no contaría.</numerusform>
            <numerusform>Ya usaste los %Ln intentos permitidos; otro intento no contaría.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have used {used} of {max_attempts}.</source>
        <translation>Llevas {used} de {max_attempts} intentos.</translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>This lesson links to:

{address}

Open it in your e-mail program?</source>
        <extracomment>maps an image reference in a lesson (&quot;images/loop.png&quot;) to a cached file, or None</extracomment>
        <translation>Esta lección enlaza a:

{address}

¿Abrirlo en tu programa de correo electrónico?</translation>
    </message>
    <message>
        <source>This lesson links to:

{address}

Open it in your web browser?</source>
        <translation>Esta lección enlaza a:

{address}

¿Abrirlo en tu navegador web?</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>¿Abrir este enlace?</translation>
    </message>
</context>
<context>
    <name>class_page</name>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln vez</numerusform>
            <numerusform>%Ln veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Lantern: study courses offline and sync your progress when you are online.</source>
        <translation>Lantern: estudia cursos sin conexión y sincroniza tu progreso cuando tengas conexión.</translation>
    </message>
    <message>
        <source>,</source>
        <comment>the separator between groups of three digits: 12,345</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal point: 7.5</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>, </source>
        <comment>the separator between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>cli.account</name>
    <message>
        <source>sign a learner in on this computer</source>
        <translation>iniciar la sesión de un estudiante en este equipo</translation>
    </message>
    <message>
        <source>sign a learner out (their work is kept)</source>
        <translation>cerrar la sesión de un estudiante (su trabajo se conserva)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>No se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>Not signed in: {error}</source>
        <translation>No se inició sesión: {error}</translation>
    </message>
    <message>
        <source>Signed in as {name} &lt;{email}&gt;.</source>
        <translation>Sesión iniciada como {name} &lt;{email}&gt;.</translation>
    </message>
    <message>
        <source>Your session is kept in {place}.</source>
        <translation>Tu sesión se guarda en {place}.</translation>
    </message>
    <message>
        <source>Signed out {email}.</source>
        <translation>Se cerró la sesión de {email}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet synced [is|are] kept on this computer and will be sent when this learner signs in again.</source>
        <translation>
            <numerusform>%Ln cambio aún sin sincronizar se conserva en este equipo y se enviará cuando este estudiante vuelva a iniciar sesión.</numerusform>
            <numerusform>%Ln cambios aún sin sincronizar se conservan en este equipo y se enviarán cuando este estudiante vuelva a iniciar sesión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.check</name>
    <message>
        <source>check a course package (a folder or a zip) and summarise it</source>
        <translation>comprobar un paquete de curso (una carpeta o un zip) y resumirlo</translation>
    </message>
    <message>
        <source>the course package to check</source>
        <translation>el paquete de curso que se va a comprobar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in {package}; nothing was imported or published.</source>
        <translation>
            <numerusform>%Ln problema en {package}; no se importó ni se publicó nada.</numerusform>
            <numerusform>%Ln problemas en {package}; no se importó ni se publicó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>no category</source>
        <translation>sin categoría</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>unas {hours} h</translation>
    </message>
    <message>
        <source>no duration</source>
        <translation>sin duración</translation>
    </message>
    <message>
        <source>lesson</source>
        <comment>the heading of the lessons&apos; column</comment>
        <translation>lección</translation>
    </message>
    <message>
        <source>min</source>
        <comment>the heading of the lessons&apos; minutes column</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>quiz</source>
        <comment>the heading of the lessons&apos; quiz column</comment>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>id {id} · slug {slug}</source>
        <translation>id {id} · slug {slug}</translation>
    </message>
    <message>
        <source>{lessons}, {questions}, {files}, {achievements}, {size} in all.</source>
        <translation>{lessons}, {questions}, {files}, {achievements}, {size} en total.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s)</source>
        <translation>
            <numerusform>%Ln lección</numerusform>
            <numerusform>%Ln lecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln pregunta</numerusform>
            <numerusform>%Ln preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln achievement(s)</source>
        <translation>
            <numerusform>%Ln logro</numerusform>
            <numerusform>%Ln logros</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>beginner</source>
        <comment>a course&apos;s difficulty</comment>
        <translation>principiante</translation>
    </message>
    <message>
        <source>intermediate</source>
        <comment>a course&apos;s difficulty</comment>
        <translation>intermedio</translation>
    </message>
    <message>
        <source>advanced</source>
        <comment>a course&apos;s difficulty</comment>
        <translation>avanzado</translation>
    </message>
    <message>
        <source>practice</source>
        <comment>a quiz&apos;s mode</comment>
        <translation>práctica</translation>
    </message>
    <message>
        <source>assessed</source>
        <comment>a quiz&apos;s mode</comment>
        <translation>evaluado</translation>
    </message>
    <message>
        <source>premium, {price}</source>
        <translation>prémium, {price}</translation>
    </message>
    <message>
        <source>free</source>
        <comment>a course&apos;s price</comment>
        <translation>gratis</translation>
    </message>
    <message>
        <source>price {price}</source>
        <translation>precio {price}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s)</source>
        <translation>
            <numerusform>%Ln vídeo</numerusform>
            <numerusform>%Ln vídeos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sound(s)</source>
        <translation>
            <numerusform>%Ln sonido</numerusform>
            <numerusform>%Ln sonidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF(s)</source>
        <translation>
            <numerusform>%Ln PDF</numerusform>
            <numerusform>%Ln PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mode}, %Ln question(s)</source>
        <translation>
            <numerusform>{mode}, %Ln pregunta</numerusform>
            <numerusform>{mode}, %Ln preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>a lesson without a quiz</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(free preview)</source>
        <translation>(vista previa gratis)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} KiB</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
</context>
<context>
    <name>cli.class</name>
    <message>
        <source>a course you teach: its learners, lessons and who needs help</source>
        <translation>un curso que impartes: sus estudiantes, sus lecciones y quién necesita ayuda</translation>
    </message>
    <message>
        <source>the course id or (part of) its title</source>
        <translation>el id del curso o (parte de) su título</translation>
    </message>
    <message>
        <source>write the class to FILE as a spreadsheet (CSV, one row per learner and lesson)</source>
        <translation>escribir la clase en FILE como hoja de cálculo (CSV, una fila por estudiante y lección)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>Wrote the class of “{title}” ({learners}, {rows}) to {path}.</source>
        <translation>Se escribió la clase de “{title}” ({learners}, {rows}) en {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln estudiante</numerusform>
            <numerusform>%Ln estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>You teach no course on this computer: nobody has signed in here yet; sign in as the course&apos;s instructor (lantern login --email …) and run lantern sync.</source>
        <translation>No impartes ningún curso en este equipo: nadie ha iniciado sesión aquí todavía. Inicia sesión como instructor del curso (lantern login --email …) y ejecuta lantern sync.</translation>
    </message>
    <message>
        <source>You ({email}) teach no course on this computer; sign in as the course&apos;s instructor and run lantern sync.</source>
        <translation>Tú ({email}) no impartes ningún curso en este equipo; inicia sesión como instructor del curso y ejecuta lantern sync.</translation>
    </message>
    <message>
        <source>You teach no course matching “{wanted}” on this computer; yours here: {courses}.</source>
        <translation>No impartes ningún curso que coincida con “{wanted}” en este equipo; los tuyos aquí: {courses}.</translation>
    </message>
    <message>
        <source>“{wanted}” matches several courses you teach: {courses}; give more of the title, or the id.</source>
        <translation>“{wanted}” coincide con varios cursos que impartes: {courses}; escribe una parte más larga del título, o el id.</translation>
    </message>
    <message>
        <source>Cannot write the class to {path}: {why}.</source>
        <translation>No se puede escribir la clase en {path}: {why}.</translation>
    </message>
    <message>
        <source>it is a folder; name a file in it, such as {path}</source>
        <translation>es una carpeta; indica un archivo dentro de ella, como {path}</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>la carpeta {path} no existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>{title} — as of {when}</source>
        <translation>{title} — a fecha de {when}</translation>
    </message>
    <message>
        <source>{title} — not synced yet (run lantern sync to fetch the class)</source>
        <translation>{title} — sin sincronizar todavía (ejecuta lantern sync para obtener la clase)</translation>
    </message>
    <message>
        <source>No learner is enrolled yet.</source>
        <translation>Todavía no hay ningún estudiante inscrito.</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lecciones:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s) left the course (not listed).</source>
        <translation>
            <numerusform>%Ln estudiante dejó el curso (no aparece en la lista).</numerusform>
            <numerusform>%Ln estudiantes dejaron el curso (no aparecen en la lista).</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <comment>a column of the class table</comment>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Lessons</source>
        <comment>a column of the class table</comment>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>a column of the class table</comment>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>a column of the class table</comment>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Last active</source>
        <comment>a column of the class table</comment>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Points</source>
        <comment>a column of the class table</comment>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Needs help</source>
        <comment>a column of the class table</comment>
        <translation>Necesita ayuda</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last active</comment>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>not started, enrolled %Ln day(s) ago</source>
        <translation>
            <numerusform>sin empezar, inscrito hace %Ln día</numerusform>
            <numerusform>sin empezar, inscrito hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inactive for %Ln day(s)</source>
        <translation>
            <numerusform>inactivo durante %Ln día</numerusform>
            <numerusform>inactivo durante %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>failed “{lesson}” once</source>
        <translation>falló el cuestionario de “{lesson}” una vez</translation>
    </message>
    <message>
        <source>failed “{lesson}” twice</source>
        <translation>falló el cuestionario de “{lesson}” dos veces</translation>
    </message>
    <message numerus="yes">
        <source>failed “{lesson}” %Ln time(s)</source>
        <translation>
            <numerusform>falló el cuestionario de “{lesson}” %Ln vez</numerusform>
            <numerusform>falló el cuestionario de “{lesson}” %Ln veces</numerusform>
        </translation>
    </message>
    <message>
        <source>{lesson}: completed by {completed} of {learners}</source>
        <translation>{lesson}: completada por {completed} de {learners}</translation>
    </message>
    <message>
        <source>no quiz</source>
        <translation>sin cuestionario</translation>
    </message>
    <message>
        <source>assessed quiz</source>
        <translation>cuestionario evaluado</translation>
    </message>
    <message>
        <source>practice quiz</source>
        <translation>cuestionario de práctica</translation>
    </message>
    <message>
        <source>{quiz} not tried yet</source>
        <translation>{quiz}: nadie lo ha intentado todavía</translation>
    </message>
    <message>
        <source>{quiz} attempted by {attempted}, passed by {passed}</source>
        <translation>{quiz}: intentado por {attempted}, aprobado por {passed}</translation>
    </message>
    <message>
        <source>{quiz} attempted by {attempted}, passed by {passed}, average score {score}%</source>
        <translation>{quiz}: intentado por {attempted}, aprobado por {passed}, puntuación media {score} %</translation>
    </message>
    <message numerus="yes">
        <source>most often missed: a question not on this computer ({missed} of %Ln attempt(s))</source>
        <translation>
            <numerusform>la pregunta más fallada: una pregunta que no está en este equipo ({missed} de %Ln intento)</numerusform>
            <numerusform>la pregunta más fallada: una pregunta que no está en este equipo ({missed} de %Ln intentos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most often missed: “{question}” ({missed} of %Ln attempt(s))</source>
        <translation>
            <numerusform>la pregunta más fallada: “{question}” ({missed} de %Ln intento)</numerusform>
            <numerusform>la pregunta más fallada: “{question}” ({missed} de %Ln intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>the separator between the parts of a line</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>Lantern cannot use its data folder: {reason}.</source>
        <translation>Lantern no puede usar su carpeta de datos: {reason}.</translation>
    </message>
    <message>
        <source>Lantern cannot use {path}: {reason}.</source>
        <translation>Lantern no puede usar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Lantern cannot use its data: {problem}.</source>
        <translation>Lantern no puede usar sus datos: {problem}.</translation>
    </message>
    <message>
        <source>where Lantern keeps its data (default: the user data folder)</source>
        <translation>dónde guarda Lantern sus datos (por defecto: la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>the Supabase project URL (default: $SUPABASE_URL or the saved settings)</source>
        <translation>la URL del proyecto de Supabase (por defecto: $SUPABASE_URL o los ajustes guardados)</translation>
    </message>
    <message>
        <source>the project&apos;s anon key (default: $SUPABASE_ANON_KEY or the saved settings)</source>
        <translation>la clave anónima (anon) del proyecto (por defecto: $SUPABASE_ANON_KEY o los ajustes guardados)</translation>
    </message>
    <message>
        <source>which learner on this computer (default: the last one used)</source>
        <translation>qué estudiante de este equipo (por defecto: el último que se usó)</translation>
    </message>
    <message>
        <source>No server is set up: pass --url and --anon-key, or set SUPABASE_URL and SUPABASE_ANON_KEY.</source>
        <translation>No hay ningún servidor configurado: indica --url y --anon-key, o define SUPABASE_URL y SUPABASE_ANON_KEY.</translation>
    </message>
    <message>
        <source>{email} signed out on this computer; sign in again first (lantern login --email {email}).</source>
        <translation>{email} cerró sesión en este equipo; primero vuelve a iniciar sesión (lantern login --email {email}).</translation>
    </message>
    <message>
        <source>This learner signed out on this computer; sign in again first (lantern login --email …).</source>
        <translation>Este estudiante cerró sesión en este equipo; primero vuelve a iniciar sesión (lantern login --email …).</translation>
    </message>
    <message>
        <source>Note: {reason}. The damaged file was moved to {path}; your data will be fetched again from the server at the next sync.</source>
        <translation>Nota: {reason}. El archivo dañado se movió a {path}; tus datos se volverán a obtener del servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>{email} has not signed in on this computer (lantern login --email …).</source>
        <translation>{email} no ha iniciado sesión en este equipo (lantern login --email …).</translation>
    </message>
    <message>
        <source>Nobody has signed in on this computer yet (lantern login --email …).</source>
        <translation>Nadie ha iniciado sesión todavía en este equipo (lantern login --email …).</translation>
    </message>
</context>
<context>
    <name>cli.errors</name>
    <message>
        <source>The server can&apos;t be reached right now.</source>
        <translation>Ahora mismo no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>Your session has ended; please sign in again.</source>
        <translation>Tu sesión ha terminado; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>That email and password don&apos;t match an account.</source>
        <translation>Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta.</translation>
    </message>
    <message>
        <source>The server returned a session for another account.</source>
        <translation>El servidor devolvió una sesión de otra cuenta.</translation>
    </message>
    <message>
        <source>{path} should hold an object with url and anon_key</source>
        <translation>{path} debería contener un objeto con url y anon_key</translation>
    </message>
    <message>
        <source>Give both the server URL and its anon key.</source>
        <translation>Indica tanto la URL del servidor como su clave anónima (anon).</translation>
    </message>
    <message>
        <source>No server is set up: pass --url and --anon-key, or set SUPABASE_URL and SUPABASE_ANON_KEY.</source>
        <translation>No hay ningún servidor configurado: indica --url y --anon-key, o define SUPABASE_URL y SUPABASE_ANON_KEY.</translation>
    </message>
    <message>
        <source>a private file ({path}) — no system keyring was found on this computer</source>
        <translation>un archivo privado ({path}), porque no se encontró ningún llavero del sistema en este equipo</translation>
    </message>
    <message>
        <source>the system keyring ({backend})</source>
        <translation>el llavero del sistema ({backend})</translation>
    </message>
    <message>
        <source>This learner signed out on this computer; sign in again first (lantern login --email …).</source>
        <translation>Este estudiante cerró sesión en este equipo; primero vuelve a iniciar sesión (lantern login --email …).</translation>
    </message>
    <message>
        <source>Quick PIN sign-in is off on this computer.</source>
        <translation>El inicio de sesión con PIN rápido está desactivado en este equipo.</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>unreadable: {detail}</source>
        <translation>no se puede leer: {detail}</translation>
    </message>
    <message>
        <source>integrity check failed: {detail}</source>
        <translation>falló la comprobación de integridad: {detail}</translation>
    </message>
    <message>
        <source>cannot migrate: {detail}</source>
        <translation>no se puede poner al día: {detail}</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>cannot create {path}: {detail}</source>
        <translation>no se puede crear {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot open {path}: {detail}</source>
        <translation>no se puede abrir {path}: {detail}</translation>
    </message>
    <message>
        <source>“{id}” is not a usable user id</source>
        <translation>“{id}” no es un id de usuario válido</translation>
    </message>
    <message>
        <source>{path} is unreadable: {detail}</source>
        <translation>{path} no se puede leer: {detail}</translation>
    </message>
    <message>
        <source>{path} belongs to another learner</source>
        <translation>{path} pertenece a otro estudiante</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <source>{path} has local schema version {found}; this Lantern knows up to {known}</source>
        <translation>{path} tiene la versión de esquema local {found}; este Lantern solo conoce hasta la {known}</translation>
    </message>
    <message>
        <source>Lantern couldn&apos;t save to this computer&apos;s disk. Check there is free space; nothing saved earlier is lost.</source>
        <translation>Lantern no pudo guardar en el disco de este equipo. Comprueba que haya espacio libre; no se ha perdido nada de lo guardado antes.</translation>
    </message>
</context>
<context>
    <name>cli.gui</name>
    <message>
        <source>open the Lantern window (the default)</source>
        <translation>abrir la ventana de Lantern (opción predeterminada)</translation>
    </message>
    <message>
        <source>a school&apos;s setup code or lantern:// link, checked and saved in the first window</source>
        <translation>el código de configuración o enlace lantern:// de una escuela, que se comprueba y se guarda en la primera ventana</translation>
    </message>
    <message>
        <source>open Lantern against a local devserver with demo content</source>
        <translation>abrir Lantern con un servidor de desarrollo local con contenido de demostración</translation>
    </message>
    <message>
        <source>close the window after this many seconds (for scripted checks)</source>
        <translation>cerrar la ventana tras este número de segundos (para comprobaciones automatizadas)</translation>
    </message>
</context>
<context>
    <name>cli.import</name>
    <message>
        <source>import a course package (a folder or a zip) for offline study</source>
        <translation>importar un paquete de curso (una carpeta o un zip) para estudiar sin conexión</translation>
    </message>
    <message>
        <source>the learner whose store receives it (default: the guest)</source>
        <translation>el estudiante cuyo almacén lo recibe (predeterminado: el invitado)</translation>
    </message>
    <message>
        <source>Lantern&apos;s data folder (default: the usual place)</source>
        <translation>la carpeta de datos de Lantern (predeterminada: la ubicación habitual)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: fix the %Ln problem(s) above.</source>
        <translation>
            <numerusform>No se importó nada: corrige el %Ln problema indicado arriba.</numerusform>
            <numerusform>No se importó nada: corrige los %Ln problemas indicados arriba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the local store: {error}</source>
        <translation>No se pudo abrir el almacén local: {error}</translation>
    </message>
    <message>
        <source>Note: the local database was damaged ({reason}); it was moved to {path} and a new one started.</source>
        <translation>Nota: la base de datos local estaba dañada ({reason}); se movió a {path} y se creó una nueva.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>Imported “{title}” for {who}: {lessons}, {questions}, {files} (pictures, video, sound, PDF); {removed}.</source>
        <translation>Se importó “{title}” para {who}: {lessons}, {questions}, {files} (imágenes, vídeo, sonido, PDF); {removed}.</translation>
    </message>
    <message>
        <source>Imported “{title}” for {who}: {lessons}, {questions}, {files} (pictures, video, sound, PDF).</source>
        <translation>Se importó “{title}” para {who}: {lessons}, {questions}, {files} (imágenes, vídeo, sonido, PDF).</translation>
    </message>
    <message>
        <source>learner {user}</source>
        <translation>el estudiante {user}</translation>
    </message>
    <message>
        <source>the guest</source>
        <translation>el invitado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s)</source>
        <translation>
            <numerusform>%Ln lección</numerusform>
            <numerusform>%Ln lecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln pregunta</numerusform>
            <numerusform>%Ln preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln old lesson(s) removed</source>
        <translation>
            <numerusform>%Ln lección antigua eliminada</numerusform>
            <numerusform>%Ln lecciones antiguas eliminadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.publish</name>
    <message>
        <source>publish a course package (a folder or a zip) to the server</source>
        <translation>publicar un paquete de curso (una carpeta o un zip) en el servidor</translation>
    </message>
    <message>
        <source>the instructor&apos;s email (default: $LANTERN_EMAIL)</source>
        <translation>el correo electrónico del instructor (por defecto: $LANTERN_EMAIL)</translation>
    </message>
    <message>
        <source>the Supabase project URL (default: $SUPABASE_URL or the saved server settings)</source>
        <translation>la URL del proyecto de Supabase (por defecto: $SUPABASE_URL o los ajustes del servidor guardados)</translation>
    </message>
    <message>
        <source>the project&apos;s anon key</source>
        <translation>la clave anónima (anon) del proyecto</translation>
    </message>
    <message>
        <source>upload everything but leave the course unpublished (or take a published course off the catalogue)</source>
        <translation>subir todo pero dejar el curso sin publicar (o retirar del catálogo un curso publicado)</translation>
    </message>
    <message>
        <source>do not list each step</source>
        <translation>no mostrar cada paso</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was published: fix the %Ln problem(s) above (lantern check shows them too).</source>
        <translation>
            <numerusform>No se publicó nada: corrige el %Ln problema que aparece arriba (lantern check también lo muestra).</numerusform>
            <numerusform>No se publicó nada: corrige los %Ln problemas que aparecen arriba (lantern check también los muestra).</numerusform>
        </translation>
    </message>
    <message>
        <source>No server is set up: pass --url and --anon-key, or set SUPABASE_URL and SUPABASE_ANON_KEY.</source>
        <translation>No hay ningún servidor configurado: indica --url y --anon-key, o define SUPABASE_URL y SUPABASE_ANON_KEY.</translation>
    </message>
    <message>
        <source>Give the instructor&apos;s email with --email (or LANTERN_EMAIL).</source>
        <translation>Indica el correo electrónico del instructor con --email (o LANTERN_EMAIL).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>Not published: {error}</source>
        <translation>No publicado: {error}</translation>
    </message>
</context>
<context>
    <name>cli.saved_work</name>
    <message>
        <source>Guest work stays on this computer and is never sent.</source>
        <translation>El trabajo de invitado se queda en este equipo y nunca se envía.</translation>
    </message>
    <message>
        <source>This computer has not been online since {name} signed in here, so the server could not check a file saved now; connect once and run lantern sync, then save again.</source>
        <translation>Este equipo no se ha conectado desde que {name} inició sesión aquí, así que el servidor no podría comprobar un archivo guardado ahora; conéctate una vez y ejecuta lantern sync, y luego vuelve a guardar.</translation>
    </message>
    <message>
        <source>{name} has no changes waiting to be sent: there is nothing to save.</source>
        <translation>{name} no tiene cambios pendientes de enviar: no hay nada que guardar.</translation>
    </message>
    <message>
        <source>it is not saved Lantern work</source>
        <translation>no es trabajo guardado de Lantern</translation>
    </message>
    <message>
        <source>it was saved by a newer Lantern; update this one first</source>
        <translation>lo guardó un Lantern más nuevo; actualiza primero este</translation>
    </message>
    <message>
        <source>the server does not know the computer that saved it (it was saved before that computer&apos;s first sync, or for a server restored since)</source>
        <translation>el servidor no conoce el equipo que lo guardó (se guardó antes de la primera sincronización de ese equipo, o para un servidor restaurado después)</translation>
    </message>
    <message>
        <source>it was changed after it was saved, or not saved by that learner&apos;s Lantern; nothing in it was applied</source>
        <translation>se modificó después de guardarlo, o no lo guardó el Lantern de ese estudiante; no se aplicó nada de su contenido</translation>
    </message>
    <message>
        <source>it was saved for another server than this computer&apos;s</source>
        <translation>se guardó para un servidor distinto del de este equipo</translation>
    </message>
    <message>
        <source>the learner&apos;s computer sent other work under the same numbers; that computer keeps this work and sends it itself</source>
        <translation>el equipo del estudiante envió otro trabajo con los mismos números; ese equipo conserva este trabajo y lo enviará él mismo</translation>
    </message>
    <message>
        <source>earlier work from the same computer has not arrived yet: deliver the earlier file first, then this one again (it is kept)</source>
        <translation>todavía no ha llegado un trabajo anterior del mismo equipo: entrega primero el archivo anterior y luego este otra vez (se conserva)</translation>
    </message>
    <message>
        <source>it is damaged or incomplete (unreadable at line {line}, column {column})</source>
        <translation>está dañado o incompleto (no se puede leer en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>it is not a file of saved Lantern work</source>
        <translation>no es un archivo de trabajo guardado de Lantern</translation>
    </message>
    <message>
        <source>it is not a file of saved Lantern work (not text)</source>
        <translation>no es un archivo de trabajo guardado de Lantern (no es texto)</translation>
    </message>
    <message>
        <source>it is far too large to be saved Lantern work</source>
        <translation>es demasiado grande para ser trabajo guardado de Lantern</translation>
    </message>
    <message>
        <source>it was saved by another version of Lantern (format {version})</source>
        <translation>lo guardó otra versión de Lantern (formato {version})</translation>
    </message>
    <message>
        <source>it holds no work (the field chunks is missing or empty)</source>
        <translation>no contiene trabajo (falta el campo chunks o está vacío)</translation>
    </message>
    <message>
        <source>the field {field} is missing</source>
        <translation>falta el campo {field}</translation>
    </message>
    <message>
        <source>chunks[{index}] is not a chunk</source>
        <translation>chunks[{index}] no es un fragmento</translation>
    </message>
    <message>
        <source>chunks[{index}] lacks its payload or mac</source>
        <translation>a chunks[{index}] le falta su payload o su mac</translation>
    </message>
    <message>
        <source>chunks[{index}].payload is damaged</source>
        <translation>chunks[{index}].payload está dañado</translation>
    </message>
    <message>
        <source>chunks[{index}].payload holds no numbered ops</source>
        <translation>chunks[{index}].payload no contiene operaciones numeradas</translation>
    </message>
    <message>
        <source>chunks[{index}].payload names no device</source>
        <translation>chunks[{index}].payload no indica ningún dispositivo</translation>
    </message>
    <message>
        <source>its chunks come from different devices</source>
        <translation>sus fragmentos vienen de dispositivos distintos</translation>
    </message>
    <message>
        <source>part of it is missing (changes {first}–{last})</source>
        <translation>le falta una parte (cambios {first}–{last})</translation>
    </message>
    <message>
        <source>it is not saved work this Lantern can read ({problem})</source>
        <translation>no es trabajo guardado que este Lantern pueda leer ({problem})</translation>
    </message>
    <message>
        <source>The files are kept: give them again when this computer is online.</source>
        <translation>Los archivos se conservan: vuelve a entregarlos cuando este equipo tenga conexión.</translation>
    </message>
    <message>
        <source>The files are kept: give them again later.</source>
        <translation>Los archivos se conservan: vuelve a entregarlos más tarde.</translation>
    </message>
    <message>
        <source>Sign in (lantern login --email …), then give the files again.</source>
        <translation>Inicia sesión (lantern login --email …) y luego vuelve a entregar los archivos.</translation>
    </message>
    <message>
        <source>Files not yet delivered are kept: give them again; nothing is applied twice.</source>
        <translation>Los archivos que aún no se entregaron se conservan: vuelve a entregarlos; nada se aplica dos veces.</translation>
    </message>
    <message>
        <source>save waiting work to a file another Lantern can deliver</source>
        <translation>guardar el trabajo pendiente en un archivo que otro Lantern pueda entregar</translation>
    </message>
    <message>
        <source>the file (a folder with --all)</source>
        <translation>el archivo (una carpeta con --all)</translation>
    </message>
    <message>
        <source>every learner on this computer, signed-out ones too: a file each in the folder --to</source>
        <translation>todos los estudiantes de este equipo, también los que cerraron sesión: un archivo por cada uno en la carpeta --to</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>send saved work from other computers to the server</source>
        <translation>enviar al servidor el trabajo guardado de otros equipos</translation>
    </message>
    <message>
        <source>saved work</source>
        <translation>trabajo guardado</translation>
    </message>
    <message>
        <source>No learner on this computer has changes waiting to be sent.</source>
        <translation>Ningún estudiante de este equipo tiene cambios pendientes de enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln change(s) of {name} to {path}; deliver it with lantern deliver on a connected Lantern of the same school.</source>
        <translation>
            <numerusform>Se guardó %Ln cambio de {name} en {path}; entrégalo con lantern deliver en un Lantern conectado de la misma escuela.</numerusform>
            <numerusform>Se guardaron %Ln cambios de {name} en {path}; entrégalo con lantern deliver en un Lantern conectado de la misma escuela.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} no es una carpeta.</translation>
    </message>
    <message>
        <source>Lantern cannot write {path}: {reason}.</source>
        <translation>Lantern no puede escribir en {path}: {reason}.</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{path}: not delivered: {why}.</source>
        <translation>{path}: no entregado: {why}.</translation>
    </message>
    <message>
        <source>{problem} {files}</source>
        <comment>two sentences, in this order</comment>
        <translation>{problem} {files}</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>el servidor lo rechazó</translation>
    </message>
    <message>
        <source>work of {name} not delivered: {why}.</source>
        <translation>trabajo de {name} no entregado: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) applied</source>
        <translation>
            <numerusform>%Ln cambio aplicado</numerusform>
            <numerusform>%Ln cambios aplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} already on the server</source>
        <translation>ya en el servidor: {count}</translation>
    </message>
    <message>
        <source>{count} refused by the server</source>
        <translation>rechazados por el servidor: {count}</translation>
    </message>
    <message>
        <source>work of {name} delivered ({parts}).</source>
        <translation>trabajo de {name} entregado ({parts}).</translation>
    </message>
</context>
<context>
    <name>cli.selftest</name>
    <message>
        <source>start offscreen on a temporary profile, study the sample course as a guest, check that progress and a quiz attempt are saved, and exit (0 = it works)</source>
        <translation>iniciar sin pantalla con un perfil temporal, estudiar el curso de ejemplo como invitado, comprobar que se guardan el progreso y un intento de cuestionario, y salir (0 = funciona)</translation>
    </message>
    <message>
        <source>keep the temporary data folder for inspection</source>
        <translation>conservar la carpeta de datos temporal para inspeccionarla</translation>
    </message>
    <message>
        <source>also write the result to FILE (the Windows app has no console)</source>
        <translation>escribir también el resultado en FILE (la aplicación de Windows no tiene consola)</translation>
    </message>
</context>
<context>
    <name>cli.setup</name>
    <message>
        <source>connect this computer to a school&apos;s server with its setup code or link</source>
        <translation>conectar este equipo al servidor de una escuela con su código o enlace de configuración</translation>
    </message>
    <message>
        <source>the setup code or lantern:// link</source>
        <translation>el código de configuración o el enlace lantern://</translation>
    </message>
    <message>
        <source>where Lantern keeps its data (default: the user data folder)</source>
        <translation>dónde guarda Lantern sus datos (por defecto: la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>make the setup code and link a school gives its learners</source>
        <translation>crear el código y el enlace de configuración que una escuela da a sus estudiantes</translation>
    </message>
    <message>
        <source>the Supabase project URL</source>
        <translation>la URL del proyecto de Supabase</translation>
    </message>
    <message>
        <source>the project&apos;s public (anon) key, never the service_role key</source>
        <translation>la clave pública (anon) del proyecto, nunca la clave service_role</translation>
    </message>
    <message>
        <source>Not set up: {error}</source>
        <translation>Sin configurar: {error}</translation>
    </message>
    <message>
        <source>This computer now uses {url}. Sign in with lantern login.</source>
        <translation>Este equipo usa ahora {url}. Inicia sesión con lantern login.</translation>
    </message>
    <message>
        <source>No code made: {error}</source>
        <translation>No se creó ningún código: {error}</translation>
    </message>
    <message>
        <source>Setup code (learners paste it in Lantern&apos;s Server tab):</source>
        <translation>Código de configuración (los estudiantes lo pegan en la pestaña Servidor de Lantern):</translation>
    </message>
    <message>
        <source>Setup link (opens Lantern where the lantern:// scheme is registered):</source>
        <translation>Enlace de configuración (abre Lantern donde el esquema lantern:// está registrado):</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>send waiting work and fetch updates now</source>
        <translation>enviar el trabajo pendiente y recibir las actualizaciones ahora</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>when offline or the server is unavailable, keep retrying with back-off</source>
        <translation>si no hay conexión o el servidor no está disponible, seguir reintentando con esperas cada vez más largas</translation>
    </message>
    <message>
        <source>with --until-done: give up after S seconds (default {seconds})</source>
        <translation>con --until-done: abandonar tras S segundos (predeterminado: {seconds})</translation>
    </message>
    <message>
        <source>what is waiting to sync, and when it last did</source>
        <translation>qué está pendiente de sincronizar y cuándo se sincronizó por última vez</translation>
    </message>
    <message>
        <source>every learner on this computer, not only one</source>
        <translation>todos los estudiantes de este equipo, no solo uno</translation>
    </message>
    <message>
        <source>download a course for offline study</source>
        <translation>descargar un curso para estudiar sin conexión</translation>
    </message>
    <message>
        <source>the course id or (part of) its title</source>
        <translation>el id del curso o (parte de) su título</translation>
    </message>
    <message>
        <source>“{text}” is not a number of seconds</source>
        <translation>“{text}” no es un número de segundos</translation>
    </message>
    <message>
        <source>the timeout must be between 0 and 86400 seconds</source>
        <translation>el tiempo de espera debe estar entre 0 y 86400 segundos</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln change(s)…</source>
        <translation>
            <numerusform>Enviando %Ln cambio…</numerusform>
            <numerusform>Enviando %Ln cambios…</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating {scope}…</source>
        <translation>Actualizando {scope}…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Downloading lessons…</source>
        <translation>Descargando lecciones…</translation>
    </message>
    <message>
        <source>Downloading images ({image}/{images})…</source>
        <translation>Descargando imágenes ({image}/{images})…</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <source>Download stopped: {done} of {total} images are on this computer; download again to go on.</source>
        <translation>Descarga detenida: ya hay {done} de {total} imágenes en este equipo; vuelve a descargar para continuar.</translation>
    </message>
    <message>
        <source>That course is not in the catalogue on this computer; sync first.</source>
        <translation>Ese curso no está en el catálogo de este equipo; sincroniza primero.</translation>
    </message>
    <message>
        <source>{error} Your work is saved and will sync when you reconnect.</source>
        <translation>{error} Tu trabajo está guardado y se sincronizará cuando vuelvas a conectarte.</translation>
    </message>
    <message>
        <source>{error} Your work is saved; try again later (or use --until-done).</source>
        <translation>{error} Tu trabajo está guardado; inténtalo de nuevo más tarde (o usa --until-done).</translation>
    </message>
    <message>
        <source>{error} (lantern login --email …)</source>
        <translation>{error} (lantern login --email …)</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>La sincronización falló: {error}</translation>
    </message>
    <message>
        <source>{error} Trying again in {seconds} s.</source>
        <translation>{error} Se reintentará en {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>%Ln actualización</numerusform>
            <numerusform>%Ln actualizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: sent {sent}, {refused} refused by the server; received {received} in {requests}.</source>
        <translation>Al día. Enviados: {sent}; rechazados por el servidor: {refused}; recibidas: {received} en {requests}.</translation>
    </message>
    <message>
        <source>Up to date: sent {sent}; received {received} in {requests}.</source>
        <translation>Al día. Enviados: {sent}; recibidas: {received} en {requests}.</translation>
    </message>
    <message numerus="yes">
        <source>The server had lost %Ln change(s) it had already accepted (restored from a backup?); [it was|they were] sent again.</source>
        <translation>
            <numerusform>El servidor había perdido %Ln cambio que ya había aceptado (¿se restauró desde una copia de seguridad?); se volvió a enviar.</numerusform>
            <numerusform>El servidor había perdido %Ln cambios que ya había aceptado (¿se restauró desde una copia de seguridad?); se volvieron a enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) the server lost [is|are] no longer on this computer and could not be sent again.</source>
        <translation>
            <numerusform>%Ln cambio que el servidor perdió ya no está en este equipo y no se pudo volver a enviar.</numerusform>
            <numerusform>%Ln cambios que el servidor perdió ya no están en este equipo y no se pudieron volver a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has signed in on this computer yet.</source>
        <translation>Todavía nadie ha iniciado sesión en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) still waiting to be sent.</source>
        <translation>
            <numerusform>Aún queda %Ln cambio por enviar.</numerusform>
            <numerusform>Aún quedan %Ln cambios por enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some learners signed out before Lantern counted their unsent work; sign them in once to check.</source>
        <translation>Algunos estudiantes cerraron sesión antes de que Lantern contara su trabajo sin enviar; pídeles que inicien sesión una vez para comprobarlo.</translation>
    </message>
    <message>
        <source>Everything is sent: this computer can be handed back.</source>
        <translation>Todo está enviado: ya se puede devolver este equipo.</translation>
    </message>
    <message>
        <source>{email} on {server}: signed out on this computer, unknown number of changes waiting (lantern login --email {email})</source>
        <translation>{email} en {server}: sesión cerrada en este equipo, número desconocido de cambios pendientes (lantern login --email {email})</translation>
    </message>
    <message numerus="yes">
        <source>{email} on {server}: signed out on this computer, %Ln change(s) waiting (lantern login --email {email})</source>
        <translation>
            <numerusform>{email} en {server}: sesión cerrada en este equipo, %Ln cambio pendiente (lantern login --email {email})</numerusform>
            <numerusform>{email} en {server}: sesión cerrada en este equipo, %Ln cambios pendientes (lantern login --email {email})</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <comment>the last sync</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>last sync: {when} (last error: {error})</source>
        <translation>última sincronización: {when} (último error: {error})</translation>
    </message>
    <message>
        <source>last sync: {when}</source>
        <translation>última sincronización: {when}</translation>
    </message>
    <message>
        <source>{email} on {server}: {state}</source>
        <translation>{email} en {server}: {state}</translation>
    </message>
    <message>
        <source>waiting: {waiting}, refused: {refused}, sent: {sent}</source>
        <translation>pendientes: {waiting}, rechazados: {refused}, enviados: {sent}</translation>
    </message>
    <message>
        <source>up to date</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>al día</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>never synced</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>needs sign in</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>debe iniciar sesión</translation>
    </message>
    <message>
        <source>error</source>
        <comment>a learner&apos;s sync state</comment>
        <translation>error</translation>
    </message>
    <message>
        <source>No course matches “{wanted}”; run lantern sync first to fetch the catalogue.</source>
        <translation>Ningún curso coincide con “{wanted}”; ejecuta primero lantern sync para obtener el catálogo.</translation>
    </message>
    <message>
        <source>“{wanted}” matches several courses: {courses}</source>
        <translation>“{wanted}” coincide con varios cursos: {courses}</translation>
    </message>
    <message>
        <source>{number} MB</source>
        <translation>{number} MB</translation>
    </message>
    <message>
        <source>files: {done} of {total}, {rate}/s, about {seconds} s left</source>
        <translation>archivos: {done} de {total}, {rate}/s, quedan unos {seconds} s</translation>
    </message>
    <message>
        <source>files: {done} of {total}</source>
        <translation>archivos: {done} de {total}</translation>
    </message>
    <message>
        <source>Download stopped. What arrived is kept; run the same command to go on.</source>
        <translation>Descarga detenida. Lo que ya llegó se conserva; ejecuta el mismo comando para continuar.</translation>
    </message>
    <message>
        <source>Available offline: {items}, {images} downloaded ({cached} already here).</source>
        <translation>Disponible sin conexión: {items}, {images} descargadas (ya había {cached} aquí).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) [is|are] missing on the server.</source>
        <translation>
            <numerusform>Falta %Ln imagen en el servidor.</numerusform>
            <numerusform>Faltan %Ln imágenes en el servidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>code_blocks</name>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
</context>
<context>
    <name>delegate</name>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Completed {date}</source>
        <translation>Completado el {date}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Enrol in the course first (the Enrol button at the top of the course).</source>
        <translation>Primero inscríbete en el curso (con el botón Inscribirse, arriba en la página del curso).</translation>
    </message>
    <message>
        <source>This quiz isn&apos;t on this computer yet — download the course, then try again.</source>
        <translation>Este cuestionario aún no está en este equipo: descarga el curso y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That isn&apos;t on this computer yet. Sync or download the course, then try again.</source>
        <translation>Eso aún no está en este equipo. Sincroniza o descarga el curso y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Lantern couldn&apos;t save to this computer&apos;s disk. Check there is free space; nothing you saved earlier is lost.</source>
        <translation>Lantern no pudo guardar en el disco de este equipo. Comprueba que haya espacio libre; no se ha perdido nada de lo que guardaste antes.</translation>
    </message>
    <message>
        <source>This learner signed out on this computer: their password or PIN opens their courses again.</source>
        <translation>Este estudiante cerró sesión en este equipo: su contraseña o su PIN vuelven a abrir sus cursos.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>Un PIN tiene de {low} a {high} cifras.</translation>
    </message>
    <message>
        <source>You&apos;re offline — your work is saved and will sync when you reconnect.</source>
        <translation>No tienes conexión: tu trabajo está guardado y se sincronizará cuando vuelvas a conectarte.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Algo salió mal: {detail}</translation>
    </message>
    <message>
        <source>The server is busy or had a problem (HTTP {status} {detail}); will try again.</source>
        <translation>El servidor está ocupado o tuvo un problema (HTTP {status} {detail}); se volverá a intentar.</translation>
    </message>
    <message>
        <source>The server is busy or had a problem (HTTP {status}); will try again.</source>
        <translation>El servidor está ocupado o tuvo un problema (HTTP {status}); se volverá a intentar.</translation>
    </message>
    <message>
        <source>The server is busy or had a problem ({detail}).</source>
        <translation>El servidor está ocupado o tuvo un problema ({detail}).</translation>
    </message>
    <message>
        <source>The server is busy or had a problem.</source>
        <translation>El servidor está ocupado o tuvo un problema.</translation>
    </message>
    <message>
        <source>The server sent something Lantern did not understand ({detail}).</source>
        <translation>El servidor envió algo que Lantern no entendió ({detail}).</translation>
    </message>
    <message>
        <source>The server sent something Lantern did not understand.</source>
        <translation>El servidor envió algo que Lantern no entendió.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The sign-in server can&apos;t be reached right now.</source>
        <translation>Ahora mismo no se puede contactar con el servidor de inicio de sesión.</translation>
    </message>
    <message>
        <source>The server accepted the connection but did not answer.</source>
        <translation>El servidor aceptó la conexión, pero no respondió.</translation>
    </message>
    <message>
        <source>The sign-in server is busy or had a problem (HTTP {status}).</source>
        <translation>El servidor de inicio de sesión está ocupado o tuvo un problema (HTTP {status}).</translation>
    </message>
    <message>
        <source>The sign-in server had a problem: {detail}</source>
        <translation>El servidor de inicio de sesión tuvo un problema: {detail}</translation>
    </message>
    <message>
        <source>The file server had a problem: {detail}</source>
        <translation>El servidor de archivos tuvo un problema: {detail}</translation>
    </message>
    <message>
        <source>Please sign in again to sync. Your work is kept on this computer.</source>
        <translation>Vuelve a iniciar sesión para sincronizar. Tu trabajo se conserva en este equipo.</translation>
    </message>
    <message>
        <source>The saved session is damaged; please sign in again.</source>
        <translation>La sesión guardada está dañada; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Please sign in to sync.</source>
        <translation>Inicia sesión para sincronizar.</translation>
    </message>
    <message>
        <source>That email and password don&apos;t match an account on this server.</source>
        <translation>Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta de este servidor.</translation>
    </message>
    <message>
        <source>That password is too weak: {detail}</source>
        <translation>Esa contraseña es demasiado débil: {detail}</translation>
    </message>
    <message>
        <source>The server did not start a session.</source>
        <translation>El servidor no inició la sesión.</translation>
    </message>
    <message>
        <source>Your account was created; confirm your email, then sign in.</source>
        <translation>Se creó tu cuenta; confirma tu correo electrónico y después inicia sesión.</translation>
    </message>
    <message>
        <source>The server answered for another account.</source>
        <translation>El servidor respondió con los datos de otra cuenta.</translation>
    </message>
    <message>
        <source>Guests are not on the leaderboard; sign in to take part.</source>
        <translation>Los invitados no aparecen en la clasificación; inicia sesión para participar.</translation>
    </message>
    <message>
        <source>Sign in to change your leaderboard setting.</source>
        <translation>Inicia sesión para cambiar tu ajuste de la clasificación.</translation>
    </message>
    <message>
        <source>The server did not change your leaderboard setting.</source>
        <translation>El servidor no cambió tu ajuste de la clasificación.</translation>
    </message>
    <message>
        <source>Sign in to see which answers were right.</source>
        <translation>Inicia sesión para ver qué respuestas eran correctas.</translation>
    </message>
    <message>
        <source>Guest work stays on this computer and is never synced.</source>
        <translation>El trabajo de invitado se queda en este equipo y nunca se sincroniza.</translation>
    </message>
    <message>
        <source>This work belongs to another learner; it is kept for them and will sync when they sign in.</source>
        <translation>Este trabajo es de otro estudiante; se conserva para esa persona y se sincronizará cuando inicie sesión.</translation>
    </message>
    <message>
        <source>The server did not accept any change; will try again later.</source>
        <translation>El servidor no aceptó ningún cambio; se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The server keeps asking to start {scope} again.</source>
        <translation>El servidor sigue pidiendo empezar {scope} de nuevo.</translation>
    </message>
    <message>
        <source>That course is not in the catalogue on this computer; sync first.</source>
        <translation>Ese curso no está en el catálogo de este equipo; sincroniza primero.</translation>
    </message>
    <message>
        <source>Download stopped: {done} of {total} images are on this computer; download again to go on.</source>
        <translation>Descarga detenida: ya hay {done} de {total} imágenes en este equipo; vuelve a descargar para continuar.</translation>
    </message>
    <message>
        <source>“{address}” is not a server address; it should look like {example}</source>
        <translation>“{address}” no es una dirección de servidor; debería tener este aspecto: {example}</translation>
    </message>
    <message>
        <source>The project key is missing or too short; ask your teacher for the school&apos;s setup code.</source>
        <translation>Falta la clave del proyecto o es demasiado corta; pide a tu profesor el código de configuración de la escuela.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {detail}</source>
        <translation>{path} no es un JSON válido: {detail}</translation>
    </message>
    <message>
        <source>{path} does not hold a server address and its project key.</source>
        <translation>{path} no contiene la dirección de un servidor con su clave del proyecto.</translation>
    </message>
    <message>
        <source>Give both the server address and its project key.</source>
        <translation>Indica tanto la dirección del servidor como su clave del proyecto.</translation>
    </message>
    <message>
        <source>Lantern couldn&apos;t reach {address}: {detail}. Check the address and your connection.</source>
        <translation>Lantern no pudo contactar con {address}: {detail}. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>The server refused this project key; ask your teacher for a new setup code.</source>
        <translation>El servidor rechazó esta clave del proyecto; pide a tu profesor un código de configuración nuevo.</translation>
    </message>
    <message>
        <source>{address} doesn&apos;t look like a Supabase project (it answered {status}).</source>
        <translation>{address} no parece un proyecto de Supabase (respondió {status}).</translation>
    </message>
    <message>
        <source>Choose a server first (the Server tab).</source>
        <translation>Primero elige un servidor (la pestaña Servidor).</translation>
    </message>
    <message>
        <source>No demo server is running. Start Lantern with “{command}” to get one.</source>
        <translation>No hay ningún servidor de demostración en marcha. Inicia Lantern con “{command}” para tener uno.</translation>
    </message>
    <message>
        <source>These server settings can&apos;t be used.</source>
        <translation>No se pueden usar estos ajustes del servidor.</translation>
    </message>
    <message>
        <source>Paste the setup code or link your school gave you.</source>
        <translation>Pega el código o enlace de configuración que te dio tu escuela.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Lantern setup code. It starts with “{code}” or “{link}” — check it with your teacher.</source>
        <translation>Esto no parece un código de configuración de Lantern. Un código empieza por “{code}” o “{link}”: compruébalo con tu profesor.</translation>
    </message>
    <message>
        <source>This code is incomplete — check it with your teacher.</source>
        <translation>Este código está incompleto: compruébalo con tu profesor.</translation>
    </message>
    <message>
        <source>This setup code is for a newer version of Lantern. Update Lantern, then paste it again.</source>
        <translation>Este código de configuración es para una versión más nueva de Lantern. Actualiza Lantern y vuelve a pegarlo.</translation>
    </message>
    <message>
        <source>This setup link is for a newer version of Lantern. Update Lantern, then open the link again.</source>
        <translation>Este enlace de configuración es para una versión más nueva de Lantern. Actualiza Lantern y vuelve a abrir el enlace.</translation>
    </message>
    <message>
        <source>The server address in this code is not valid. Ask your teacher for a new setup code.</source>
        <translation>La dirección del servidor de este código no es válida. Pide a tu profesor un código de configuración nuevo.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (http:// is only for a server on this computer). Ask your teacher for a new setup code.</source>
        <translation>La dirección del servidor debe empezar por https:// (http:// solo sirve para un servidor en este equipo). Pide a tu profesor un código de configuración nuevo.</translation>
    </message>
    <message>
        <source>This code carries the project&apos;s secret key, which must never be given to learners. Ask your teacher for a new setup code.</source>
        <translation>Este código lleva la clave secreta del proyecto, que nunca se debe dar a los estudiantes. Pide a tu profesor un código de configuración nuevo.</translation>
    </message>
    <message>
        <source>The project key in this code is not complete. Ask your teacher for a new setup code.</source>
        <translation>La clave del proyecto de este código no está completa. Pide a tu profesor un código de configuración nuevo.</translation>
    </message>
    <message>
        <source>This setup code can&apos;t be used — check it with your teacher.</source>
        <translation>Este código de configuración no se puede usar: compruébalo con tu profesor.</translation>
    </message>
    <message>
        <source>Wrong password or PIN.</source>
        <translation>Contraseña o PIN incorrectos.</translation>
    </message>
    <message>
        <source>Wrong password or PIN. Try again in {wait}.</source>
        <translation>Contraseña o PIN incorrectos. Inténtalo de nuevo en {wait}.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in {wait}.</source>
        <translation>Demasiados intentos fallidos. Inténtalo de nuevo en {wait}.</translation>
    </message>
    <message>
        <source>No PIN is set on this computer. Use the password instead.</source>
        <translation>No hay ningún PIN en este equipo. Usa la contraseña.</translation>
    </message>
    <message>
        <source>Lantern can&apos;t check this password offline on this computer yet. Connect to the internet and try again.</source>
        <translation>Lantern todavía no puede comprobar sin conexión esta contraseña en este equipo. Conéctate a internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>quick PIN sign-in is off on this computer</source>
        <translation>el inicio de sesión con PIN rápido está desactivado en este equipo</translation>
    </message>
    <message>
        <source>Lantern couldn&apos;t read its data on this computer just now. Try again in a moment.</source>
        <translation>Ahora mismo Lantern no pudo leer sus datos en este equipo. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Lantern. Update Lantern to open it.</source>
        <translation>{path} se guardó con una versión más nueva de Lantern. Actualiza Lantern para abrirlo.</translation>
    </message>
    <message>
        <source>Lantern cannot create the folder {path}: {detail}</source>
        <translation>Lantern no puede crear la carpeta {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Lantern database.</source>
        <translation>{path} no es una base de datos de Lantern.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>No se puede leer {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is damaged (its integrity check failed: {detail}).</source>
        <translation>{path} está dañado (falló su comprobación de integridad: {detail}).</translation>
    </message>
    <message>
        <source>{path} cannot be brought up to date: {detail}</source>
        <translation>No se puede poner al día {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is damaged.</source>
        <translation>{path} está dañado.</translation>
    </message>
    <message>
        <source>Lantern cannot open {path}: {detail}</source>
        <translation>Lantern no puede abrir {path}: {detail}</translation>
    </message>
    <message>
        <source>“{id}” is not a usable learner id.</source>
        <translation>“{id}” no es un id de estudiante válido.</translation>
    </message>
    <message>
        <source>The list of learners {path} is unreadable: {detail}</source>
        <translation>No se puede leer la lista de estudiantes {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} holds another learner&apos;s data.</source>
        <translation>{path} contiene los datos de otro estudiante.</translation>
    </message>
    <message>
        <source>That didn&apos;t work: {reason}</source>
        <translation>No funcionó: {reason}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Find a course: type, then Enter</source>
        <translation>Buscar un curso: escribe y pulsa Enter</translation>
    </message>
    <message>
        <source>Open the selected course or lesson</source>
        <translation>Abrir el curso o la lección seleccionados</translation>
    </message>
    <message>
        <source>Submit a quiz</source>
        <translation>Enviar un cuestionario</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Find a course&lt;/b&gt; in the Catalogue and open it; &lt;b&gt;Enrol&lt;/b&gt; to keep your progress.</source>
        <translation>&lt;b&gt;Busca un curso&lt;/b&gt; en el Catálogo y ábrelo; pulsa &lt;b&gt;Inscribirse&lt;/b&gt; para guardar tu progreso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Download for offline&lt;/b&gt; before you lose the internet: lessons, images and practice quizzes stay on this computer.</source>
        <translation>Pulsa &lt;b&gt;Descargar para usar sin conexión&lt;/b&gt; antes de quedarte sin internet: las lecciones, las imágenes y los cuestionarios de práctica se quedan en este equipo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt; or &lt;b&gt;Continue&lt;/b&gt; takes you to your next lesson; mark sections read, then &lt;b&gt;Complete lesson&lt;/b&gt;, and the page shows the way on.</source>
        <translation>&lt;b&gt;Empezar&lt;/b&gt; o &lt;b&gt;Continuar&lt;/b&gt; te lleva a tu siguiente lección; marca las secciones como leídas, luego pulsa &lt;b&gt;Completar lección&lt;/b&gt;, y la página te muestra cómo seguir.</translation>
    </message>
    <message>
        <source>Everything you do is saved on this computer first. It is sent to your school&apos;s server when you are online — the status bar says when, and &lt;b&gt;Pending changes&lt;/b&gt; lists what is waiting.</source>
        <translation>Todo lo que haces se guarda primero en este equipo. Se envía al servidor de tu escuela cuando tienes conexión: la barra de estado indica cuándo, y &lt;b&gt;Cambios pendientes&lt;/b&gt; muestra lo que está esperando.</translation>
    </message>
    <message>
        <source>On a shared computer, &lt;b&gt;Sign out&lt;/b&gt; (File menu) so the next learner cannot open your work.</source>
        <translation>En un equipo compartido, usa &lt;b&gt;Cerrar sesión&lt;/b&gt; (menú Archivo) para que el siguiente estudiante no pueda abrir tu trabajo.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>Lantern {version}</source>
        <translation>Lantern {version}</translation>
    </message>
    <message>
        <source>Study courses with or without internet. Your work is saved on this computer and synced to your school&apos;s server when you are online.</source>
        <translation>Estudia cursos con o sin internet. Tu trabajo se guarda en este equipo y se sincroniza con el servidor de tu escuela cuando tienes conexión.</translation>
    </message>
    <message>
        <source>Open source, under the MIT licence.</source>
        <translation>Código abierto, con licencia MIT.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>learner_shell</name>
    <message>
        <source>This download&apos;s size is not known yet; this computer has {free} free, which would leave too little for the computer itself. Settings › Storage shows what each downloaded course takes and can remove one. Download anyway?</source>
        <translation>Aún no se conoce el tamaño de esta descarga; este equipo tiene {free} libres, y quedaría demasiado poco espacio para el propio equipo. En Ajustes › Almacenamiento puedes ver cuánto ocupa cada curso descargado y eliminar alguno. ¿Descargar de todos modos?</translation>
    </message>
    <message>
        <source>This download needs about {needed}; this computer has {free} free, which would leave too little for the computer itself. Settings › Storage shows what each downloaded course takes and can remove one. Download anyway?</source>
        <translation>Esta descarga necesita unos {needed}; este equipo tiene {free} libres, y quedaría demasiado poco espacio para el propio equipo. En Ajustes › Almacenamiento puedes ver cuánto ocupa cada curso descargado y eliminar alguno. ¿Descargar de todos modos?</translation>
    </message>
</context>
<context>
    <name>lesson_list</name>
    <message>
        <source>locked until you complete {lessons}</source>
        <translation>bloqueada hasta que completes {lessons}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>{percent} read</source>
        <translation>{percent} leído</translation>
    </message>
    <message>
        <source>Lesson {number}: {title}, {length}, {state}{quiz}{files}</source>
        <extracomment>A lesson row&apos;s description for screen readers and its tooltip. {quiz} is &quot;, has a quiz&quot; or nothing; {files} is &quot;, &quot; and what its pictures and media take, or nothing.</extracomment>
        <translation>Lección {number}: {title}, {length}, {state}{quiz}{files}</translation>
    </message>
    <message>
        <source>, has a quiz</source>
        <translation>, tiene cuestionario</translation>
    </message>
    <message>
        <source>, {files}</source>
        <translation>, {files}</translation>
    </message>
    <message>
        <source>pictures and media ({size}) not downloaded</source>
        <translation>imágenes y multimedia ({size}) sin descargar</translation>
    </message>
    <message>
        <source>{size} of pictures and media</source>
        <translation>{size} de imágenes y multimedia</translation>
    </message>
</context>
<context>
    <name>math_images</name>
    <message>
        <source>formula</source>
        <translation>fórmula</translation>
    </message>
</context>
<context>
    <name>media_cards</name>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>sonido</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>watched {percent} %</source>
        <translation>visto {percent} %</translation>
    </message>
    <message>
        <source>{title} · {facts} · not downloaded yet</source>
        <translation>{title} · {facts} · aún sin descargar</translation>
    </message>
    <message>
        <source>Open: {title}</source>
        <translation>Abrir: {title}</translation>
    </message>
    <message>
        <source>Play: {title}</source>
        <translation>Reproducir: {title}</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Downloading {percent}</source>
        <translation>Descargando {percent}</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Sin descargar</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>principiante</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>avanzado</translation>
    </message>
    <message>
        <source>; you completed it on {date}</source>
        <translation>; lo completaste el {date}</translation>
    </message>
    <message>
        <source>; you completed it</source>
        <translation>; lo completaste</translation>
    </message>
    <message>
        <source>; you are enrolled</source>
        <translation>; estás inscrito</translation>
    </message>
    <message>
        <source>{title} by {instructor}</source>
        <translation>{title}, de {instructor}</translation>
    </message>
    <message>
        <source>{difficulty}, {hours} h</source>
        <translation>{difficulty}, {hours} h</translation>
    </message>
    <message>
        <source>{category}, {difficulty}, {hours} h</source>
        <translation>{category}, {difficulty}, {hours} h</translation>
    </message>
    <message>
        <source>rated {rating} of 5</source>
        <translation>valorado con {rating} de 5</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>sin valoraciones todavía</translation>
    </message>
    <message>
        <source>{course}; {about}; {rating}; {learners}{premium}; {state}{mine}</source>
        <extracomment>A course card&apos;s description for screen readers and its tooltip. {course} is the title, or &quot;… by {instructor}&quot;; {about} is &quot;Technology, beginner, 1 h&quot;; {premium} is &quot;, premium&quot; or nothing; {mine} is &quot;; you are enrolled&quot;, &quot;; you completed it on …&quot; or nothing.</extracomment>
        <translation>{course}; {about}; {rating}; {learners}{premium}; {state}{mine}</translation>
    </message>
    <message>
        <source>, premium</source>
        <translation>, prémium</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>the course</source>
        <translation>el curso</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>la lección</translation>
    </message>
    <message>
        <source>the quiz</source>
        <translation>el cuestionario</translation>
    </message>
    <message>
        <source>the media block</source>
        <translation>el bloque multimedia</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>el logro {number}</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>la pregunta {number}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>la pregunta {id}</translation>
    </message>
    <message>
        <source>{where} has an unknown setting &apos;{key}&apos; (known: {known}).</source>
        <translation>{where} tiene un ajuste desconocido: &apos;{key}&apos; (ajustes conocidos: {known}).</translation>
    </message>
    <message>
        <source>{where} is missing &apos;{key}&apos;.</source>
        <translation>falta &apos;{key}&apos; en {where}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be non-empty text.</source>
        <translation>&apos;{key}&apos; en {where} debe ser un texto no vacío.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be a whole number of at least {minimum}.</source>
        <translation>&apos;{key}&apos; en {where} debe ser un número entero igual o mayor que {minimum}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be a whole number from {minimum} to {maximum}.</source>
        <translation>&apos;{key}&apos; en {where} debe ser un número entero de {minimum} a {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} is {value}; the most the server can store is {maximum}.</source>
        <translation>&apos;{key}&apos; en {where} vale {value}; el servidor puede guardar como máximo {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be true or false.</source>
        <translation>&apos;{key}&apos; en {where} debe ser true o false.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be a list of texts, like [&quot;one&quot;, &quot;two&quot;].</source>
        <translation>&apos;{key}&apos; en {where} debe ser una lista de textos, como [&quot;uno&quot;, &quot;dos&quot;].</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} is {value}, which is not one of {choices}.</source>
        <translation>&apos;{key}&apos; en {where} vale {value}, que no es ninguna de estas opciones: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be a table.</source>
        <translation>&apos;{key}&apos; en {where} debe ser una tabla.</translation>
    </message>
    <message>
        <source>is {size} bytes; a file may be at most {limit} bytes.</source>
        <translation>ocupa {size} bytes; un archivo puede ocupar como máximo {limit} bytes.</translation>
    </message>
    <message>
        <source>is {size} bytes; a video, sound or PDF file may be at most {limit} bytes.</source>
        <translation>ocupa {size} bytes; un archivo de vídeo, sonido o PDF puede ocupar como máximo {limit} bytes.</translation>
    </message>
    <message>
        <source>the package is too large: at most {files} files, {bytes} bytes of lessons and pictures and {media_bytes} bytes of video, sound and PDF.</source>
        <translation>el paquete es demasiado grande: un paquete puede tener como máximo {files} archivos, {bytes} bytes de lecciones e imágenes y {media_bytes} bytes de vídeo, sonido y PDF.</translation>
    </message>
    <message>
        <source>could not be read: {error}.</source>
        <translation>no se pudo leer: {error}.</translation>
    </message>
    <message>
        <source>is a symbolic link; a package holds plain files only.</source>
        <translation>es un enlace simbólico; un paquete solo puede contener archivos normales.</translation>
    </message>
    <message>
        <source>is neither a folder nor a zip file.</source>
        <translation>no es una carpeta ni un archivo zip.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>no existe.</translation>
    </message>
    <message>
        <source>is not a readable zip file ({error}).</source>
        <translation>no es un archivo zip legible ({error}).</translation>
    </message>
    <message>
        <source>member &apos;{member}&apos; points outside the package (an absolute path, &apos;..&apos;, &apos;\&apos; or &apos;:&apos;, which Windows reads as a drive letter); the zip was refused.</source>
        <translation>el elemento &apos;{member}&apos; apunta fuera del paquete (una ruta absoluta, &apos;..&apos;, &apos;\&apos; o &apos;:&apos;, que Windows interpreta como letra de unidad); se rechazó el zip.</translation>
    </message>
    <message>
        <source>appears twice in the zip.</source>
        <translation>aparece dos veces en el zip.</translation>
    </message>
    <message>
        <source>is encrypted; packages cannot use zip passwords.</source>
        <translation>está cifrado; los paquetes no pueden usar contraseñas de zip.</translation>
    </message>
    <message>
        <source>could not be unpacked from the zip ({error}).</source>
        <translation>no se pudo extraer del zip ({error}).</translation>
    </message>
    <message>
        <source>unpacks to more than its declared size; the zip is damaged.</source>
        <translation>al extraerlo ocupa más de su tamaño declarado; el zip está dañado.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error})</source>
        <translation>no se pudo leer {path} ({error})</translation>
    </message>
    <message>
        <source>{path} is {size} bytes now, not the {expected} it was when the package was read</source>
        <translation>{path} ocupa ahora {size} bytes, no los {expected} que ocupaba cuando se leyó el paquete</translation>
    </message>
    <message>
        <source>{path} is shorter now than the {size} bytes it was when the package was read</source>
        <translation>{path} ocupa ahora menos de los {size} bytes que ocupaba cuando se leyó el paquete</translation>
    </message>
    <message>
        <source>differs from {other} only in upper and lower case; Windows and macOS would see one file: rename one of them.</source>
        <translation>solo se diferencia de {other} en mayúsculas y minúsculas; Windows y macOS verían un solo archivo: cambia el nombre de uno de los dos.</translation>
    </message>
    <message>
        <source>is a file, but the package also has a folder {folder}/; a name cannot be both.</source>
        <translation>es un archivo, pero el paquete también tiene una carpeta {folder}/; un nombre no puede ser las dos cosas.</translation>
    </message>
    <message>
        <source>the path is {length} characters long; at most {limit} fit on every computer once Lantern&apos;s data folder is in front of it.</source>
        <translation>la ruta tiene {length} caracteres; en cualquier equipo caben como máximo {limit} una vez que se le antepone la carpeta de datos de Lantern.</translation>
    </message>
    <message>
        <source>a name is longer than {limit} bytes, the most common file systems allow.</source>
        <translation>un nombre ocupa más de {limit} bytes, el máximo que admiten los sistemas de archivos más comunes.</translation>
    </message>
    <message>
        <source>a name holds a character Windows refuses in file names (&lt; &gt; : &quot; | ? * or a control character).</source>
        <translation>un nombre contiene un carácter que Windows no admite en los nombres de archivo (&lt; &gt; : &quot; | ? * o un carácter de control).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is a name Windows reserves for a device; rename it.</source>
        <translation>&apos;{part}&apos; es un nombre que Windows reserva para un dispositivo; cámbialo.</translation>
    </message>
    <message>
        <source>a name ends in a dot or a space, which Windows drops; rename it.</source>
        <translation>un nombre termina en un punto o un espacio, y Windows los elimina; cámbialo.</translation>
    </message>
    <message>
        <source>is empty (0 bytes), not an image.</source>
        <translation>está vacío (0 bytes); no es una imagen.</translation>
    </message>
    <message>
        <source>is not a {kind} image: its content does not start like one (perhaps it was renamed, or only partly copied).</source>
        <translation>no es una imagen {kind}: su contenido no empieza como debería (quizá se le cambió el nombre o solo se copió en parte).</translation>
    </message>
    <message>
        <source>is {size} bytes; a captions file may be at most {limit} bytes.</source>
        <translation>ocupa {size} bytes; un archivo de subtítulos puede ocupar como máximo {limit} bytes.</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save the captions as UTF-8.</source>
        <translation>no es texto UTF-8; guarda los subtítulos en UTF-8.</translation>
    </message>
    <message>
        <source>is not a WebVTT file: its first line must be &apos;WEBVTT&apos;.</source>
        <translation>no es un archivo WebVTT: su primera línea debe ser &apos;WEBVTT&apos;.</translation>
    </message>
    <message>
        <source>a cue&apos;s times are not like 00:01.000 --&gt; 00:04.500 (minutes:seconds.milliseconds, or hours:minutes:seconds.milliseconds).</source>
        <translation>los tiempos de un subtítulo no tienen la forma 00:01.000 --&gt; 00:04.500 (minutos:segundos.milisegundos u horas:minutos:segundos.milisegundos).</translation>
    </message>
    <message>
        <source>a cue ends before it starts.</source>
        <translation>un subtítulo termina antes de empezar.</translation>
    </message>
    <message>
        <source>holds no captions (no line with &apos;--&gt;&apos;).</source>
        <translation>no contiene subtítulos (no hay ninguna línea con &apos;--&gt;&apos;).</translation>
    </message>
    <message>
        <source>could not be read: {reason}.</source>
        <translation>no se pudo leer: {reason}.</translation>
    </message>
    <message>
        <source>is empty (0 bytes).</source>
        <translation>está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>is not {kind}: its content does not start like one (perhaps it was renamed, or only partly copied).</source>
        <translation>no es {kind}: su contenido no empieza como debería (quizá se le cambió el nombre o solo se copió en parte).</translation>
    </message>
    <message>
        <source>is named as {named} but holds {found}; give it the right extension.</source>
        <translation>su nombre indica que es {named}, pero contiene {found}; ponle la extensión correcta.</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation>un vídeo MP4</translation>
    </message>
    <message>
        <source>a WebM video</source>
        <translation>un vídeo WebM</translation>
    </message>
    <message>
        <source>an MP3 sound file</source>
        <translation>un archivo de sonido MP3</translation>
    </message>
    <message>
        <source>an M4A sound file</source>
        <translation>un archivo de sonido M4A</translation>
    </message>
    <message>
        <source>an Ogg sound file</source>
        <translation>un archivo de sonido Ogg</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>the lesson has more than {limit} media blocks; split it into several lessons.</source>
        <translation>la lección tiene más de {limit} bloques multimedia; divídela en varias lecciones.</translation>
    </message>
    <message>
        <source>the media block is not valid TOML: {error}.</source>
        <translation>el bloque multimedia no es TOML válido: {error}.</translation>
    </message>
    <message>
        <source>the media block names no file: add a line like file = &quot;media/talk.mp4&quot;.</source>
        <translation>el bloque multimedia no indica ningún archivo: añade una línea como file = &quot;media/talk.mp4&quot;.</translation>
    </message>
    <message>
        <source>the media block has no title: add a line like title = &quot;What the video shows&quot; (learners who cannot see or hear it read the title).</source>
        <translation>el bloque multimedia no tiene título: añade una línea como title = &quot;Qué muestra el vídeo&quot; (los estudiantes que no pueden verlo ni oírlo leen el título).</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; of {where} must be like &quot;2:05&quot; (minutes:seconds), &quot;1:02:05&quot; (hours:minutes:seconds) or a whole number of seconds, from 1 second to 24 hours.</source>
        <translation>&apos;{key}&apos; en {where} debe tener la forma &quot;2:05&quot; (minutos:segundos) o &quot;1:02:05&quot; (horas:minutos:segundos), o ser un número entero de segundos, de 1 segundo a 24 horas.</translation>
    </message>
    <message>
        <source>a lesson cannot link to files or pages of the package; link to a section (#…) or to a web address (https://…)</source>
        <translation>una lección no puede enlazar a archivos o páginas del paquete; enlaza a una sección (#…) o a una dirección web (https://…)</translation>
    </message>
    <message>
        <source>a lesson may link to web addresses (http, https) and e-mail (mailto), not &apos;{scheme}:&apos; ones</source>
        <translation>una lección puede enlazar a direcciones web (http, https) y de correo electrónico (mailto), pero no a direcciones &apos;{scheme}:&apos;</translation>
    </message>
    <message>
        <source>the {scheme}: address has no host (write {scheme}://name.example/…)</source>
        <translation>la dirección {scheme}: no tiene nombre de host (escribe {scheme}://name.example/…)</translation>
    </message>
    <message>
        <source>the mailto: address names nobody</source>
        <translation>la dirección mailto: no indica ningún destinatario</translation>
    </message>
    <message>
        <source>the mailto: address sets {fields}; an e-mail link may set only to, cc, bcc, subject and body</source>
        <translation>la dirección mailto: define {fields}; un enlace de correo electrónico solo puede definir to, cc, bcc, subject y body</translation>
    </message>
    <message>
        <source>the formula is {length} characters long (at most {limit})</source>
        <translation>la fórmula tiene {length} caracteres (como máximo {limit})</translation>
    </message>
    <message>
        <source>the formula nests too deeply</source>
        <translation>la fórmula tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>the formula cannot be read ({kind})</source>
        <translation>no se puede leer la fórmula ({kind})</translation>
    </message>
    <message>
        <source>the formula cannot be read ({kind}: {error})</source>
        <translation>no se puede leer la fórmula ({kind}: {error})</translation>
    </message>
    <message>
        <source>is not an SVG image Lantern accepts: save it as UTF-8.</source>
        <translation>no es una imagen SVG que Lantern acepte: guarda el archivo en UTF-8.</translation>
    </message>
    <message>
        <source>is not a well-formed SVG image ({error}).</source>
        <translation>no es una imagen SVG bien formada ({error}).</translation>
    </message>
    <message>
        <source>is not an SVG image: it holds no &lt;svg&gt; element.</source>
        <translation>no es una imagen SVG: no contiene ningún elemento &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>is not an SVG image browsers treat as one: &lt;svg&gt; needs xmlns=&quot;http://www.w3.org/2000/svg&quot;.</source>
        <translation>no es una imagen SVG que los navegadores traten como tal: &lt;svg&gt; necesita xmlns=&quot;http://www.w3.org/2000/svg&quot;.</translation>
    </message>
    <message>
        <source>is not an SVG image: its first element is &lt;{element}&gt;, not &lt;svg&gt;.</source>
        <translation>no es una imagen SVG: su primer elemento es &lt;{element}&gt;, no &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>is not an SVG image: its first element is &lt;{element}&gt; in the {namespace} namespace, not &lt;svg&gt;.</source>
        <translation>no es una imagen SVG: su primer elemento es &lt;{element}&gt; del espacio de nombres {namespace}, no &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>is an SVG that declares the encoding {encoding}; save it as UTF-8 (browsers would read it differently from Lantern).</source>
        <translation>es un SVG que declara la codificación {encoding}; guárdalo en UTF-8 (los navegadores lo leerían de forma distinta que Lantern).</translation>
    </message>
    <message>
        <source>is an SVG with a DOCTYPE; save it without one (a plain SVG needs none, and its entities could fill memory or read other files).</source>
        <translation>es un SVG con un DOCTYPE; guárdalo sin él (un SVG normal no lo necesita, y sus entidades podrían llenar la memoria o leer otros archivos).</translation>
    </message>
    <message>
        <source>is an SVG with a processing instruction (&lt;?{target} …?&gt;), which can make a browser load a style sheet from elsewhere; remove it.</source>
        <translation>es un SVG con una instrucción de procesamiento (&lt;?{target} …?&gt;), que puede hacer que un navegador cargue una hoja de estilos de otro sitio; elimínala.</translation>
    </message>
    <message>
        <source>is an SVG whose elements are nested more than {limit} deep; Lantern&apos;s reader would show nothing of what lies deeper: ungroup some of its groups.</source>
        <translation>es un SVG cuyos elementos están anidados en más de {limit} niveles; el lector de Lantern no mostraría nada de lo que quede más adentro: desagrupa algunos de sus grupos.</translation>
    </message>
    <message>
        <source>is an SVG with an element &lt;{element}&gt; outside the SVG namespace; remove it.</source>
        <translation>es un SVG con un elemento &lt;{element}&gt; fuera del espacio de nombres SVG; elimínalo.</translation>
    </message>
    <message>
        <source>is an SVG with an element &lt;{element}&gt; from {language}, which a browser could run or show as a page; remove it.</source>
        <translation>es un SVG con un elemento &lt;{element}&gt; de {language}, que un navegador podría ejecutar o mostrar como una página; elimínalo.</translation>
    </message>
    <message>
        <source>is an SVG with an element &lt;{element}&gt; from namespace {namespace}, which a browser could run or show as a page; remove it.</source>
        <translation>es un SVG con un elemento &lt;{element}&gt; del espacio de nombres {namespace}, que un navegador podría ejecutar o mostrar como una página; elimínalo.</translation>
    </message>
    <message>
        <source>is an SVG with a &lt;script&gt;, which a browser would run; remove it.</source>
        <translation>es un SVG con un &lt;script&gt;, que un navegador ejecutaría; elimínalo.</translation>
    </message>
    <message>
        <source>is an SVG with a link (&lt;a&gt;); links do nothing in a picture: remove it.</source>
        <translation>es un SVG con un enlace (&lt;a&gt;); los enlaces no hacen nada en una imagen: elimínalo.</translation>
    </message>
    <message>
        <source>is an SVG with a &lt;foreignObject&gt;, which embeds a web page in the picture; remove it.</source>
        <translation>es un SVG con un &lt;foreignObject&gt;, que incrusta una página web en la imagen; elimínalo.</translation>
    </message>
    <message>
        <source>is an SVG with a &lt;{element}&gt; element, which is not one a picture needs (only drawing elements are published); remove it.</source>
        <translation>es un SVG con un elemento &lt;{element}&gt;, que una imagen no necesita (solo se publican los elementos de dibujo); elimínalo.</translation>
    </message>
    <message>
        <source>is an SVG with a &lt;style type=&quot;{kind}&quot;&gt;; only CSS style sheets are allowed.</source>
        <translation>es un SVG con un &lt;style type=&quot;{kind}&quot;&gt;; solo se admiten hojas de estilos CSS.</translation>
    </message>
    <message>
        <source>is an SVG whose &lt;style&gt; {problem}.</source>
        <translation>es un SVG cuyo &lt;style&gt; {problem}.</translation>
    </message>
    <message>
        <source>is an SVG whose {attribute}= on &lt;{element}&gt; {problem}.</source>
        <translation>es un SVG cuyo atributo {attribute}= en &lt;{element}&gt; {problem}.</translation>
    </message>
    <message>
        <source>is an SVG whose editor element &lt;{element}&gt; has an attribute {attribute}=; remove it.</source>
        <translation>es un SVG cuyo elemento de editor &lt;{element}&gt; tiene un atributo {attribute}=; elimínalo.</translation>
    </message>
    <message>
        <source>is an SVG with an event handler ({attribute}=…), which a browser would run; remove it.</source>
        <translation>es un SVG con un controlador de eventos ({attribute}=…), que un navegador ejecutaría; elimínalo.</translation>
    </message>
    <message>
        <source>is an SVG with an attribute xml:{attribute} that Lantern does not publish.</source>
        <translation>es un SVG con un atributo xml:{attribute}, que Lantern no publica.</translation>
    </message>
    <message>
        <source>is an SVG with an attribute {attribute} (namespace {namespace}) that Lantern does not publish.</source>
        <translation>es un SVG con un atributo {attribute} (espacio de nombres {namespace}), que Lantern no publica.</translation>
    </message>
    <message>
        <source>is an SVG with an attribute {attribute}= on &lt;{element}&gt;, which is not one a picture needs; remove it.</source>
        <translation>es un SVG con un atributo {attribute}= en &lt;{element}&gt; que una imagen no necesita; quítalo.</translation>
    </message>
    <message>
        <source>is an SVG with a link on &lt;{element}&gt; ({attribute}=); links do nothing in a picture: remove it.</source>
        <translation>es un SVG con un enlace en &lt;{element}&gt; ({attribute}=); los enlaces no hacen nada en una imagen: quítalo.</translation>
    </message>
    <message>
        <source>is an SVG that refers to another file or site ({attribute}={value} on &lt;{element}&gt;); it may refer only to a part of the picture itself (#id).</source>
        <translation>es un SVG que remite a otro archivo o sitio ({attribute}={value} en &lt;{element}&gt;); solo puede remitir a una parte de la propia imagen (#id).</translation>
    </message>
    <message>
        <source>is an SVG that refers to another file or site ({attribute}={value} on &lt;{element}&gt;); it may refer only to a part of the picture (#id) or a PNG, JPEG, GIF or WebP picture of the package.</source>
        <translation>es un SVG que remite a otro archivo o sitio ({attribute}={value} en &lt;{element}&gt;); solo puede remitir a una parte de la propia imagen (#id) o a una imagen PNG, JPEG, GIF o WebP del paquete.</translation>
    </message>
    <message>
        <source>is an SVG whose image {value} points outside the package.</source>
        <translation>es un SVG cuya imagen {value} apunta fuera del paquete.</translation>
    </message>
    <message>
        <source>is an SVG that places {target} in it; only PNG, JPEG, GIF or WebP pictures may be placed in an SVG.</source>
        <translation>es un SVG que inserta {target}; en un SVG solo se pueden insertar imágenes PNG, JPEG, GIF o WebP.</translation>
    </message>
    <message>
        <source>is an SVG whose image {target} is not in the package.</source>
        <translation>es un SVG cuya imagen {target} no está en el paquete.</translation>
    </message>
    <message>
        <source>is an SVG with an &lt;{element}&gt; that names no attributeName.</source>
        <translation>es un SVG con un &lt;{element}&gt; que no indica ningún attributeName.</translation>
    </message>
    <message>
        <source>is an SVG with an &lt;{element}&gt; that changes a link address; an animation may change only how the picture looks.</source>
        <translation>es un SVG con un &lt;{element}&gt; que cambia la dirección de un enlace; una animación solo puede cambiar el aspecto de la imagen.</translation>
    </message>
    <message>
        <source>is an SVG with an &lt;{element}&gt; that changes the attribute {attribute}; an animation may change only how the picture looks.</source>
        <translation>es un SVG con un &lt;{element}&gt; que cambia el atributo {attribute}; una animación solo puede cambiar el aspecto de la imagen.</translation>
    </message>
    <message>
        <source>uses a CSS escape (a backslash), which can hide an address</source>
        <translation>usa un escape CSS (una barra invertida), que puede ocultar una dirección</translation>
    </message>
    <message>
        <source>has a comment that does not end</source>
        <translation>tiene un comentario que no se cierra</translation>
    </message>
    <message>
        <source>refers to another file or site with url(…); only url(#id) may be used</source>
        <translation>remite a otro archivo o sitio con url(…); solo se puede usar url(#id)</translation>
    </message>
    <message>
        <source>uses {function}(…), which can fetch from elsewhere</source>
        <translation>usa {function}(…), que puede traer contenido de otro sitio</translation>
    </message>
    <message>
        <source>attaches behaviour from elsewhere</source>
        <translation>añade un comportamiento traído de otro sitio</translation>
    </message>
    <message>
        <source>has an @{rule} rule (only @media, @keyframes, @supports)</source>
        <translation>tiene una regla @{rule} (solo se admiten @media, @keyframes y @supports)</translation>
    </message>
    <message>
        <source>is not valid TOML: {reason}.</source>
        <translation>no es TOML válido: {reason}.</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>arrays or tables are nested more than {limit} levels deep</source>
        <translation>hay listas o tablas anidadas en más de {limit} niveles</translation>
    </message>
    <message>
        <source>values are nested too deeply (at most {limit} levels)</source>
        <translation>hay valores anidados a demasiada profundidad (como máximo {limit} niveles)</translation>
    </message>
    <message>
        <source>a number has far too many digits</source>
        <translation>un número tiene demasiadas cifras</translation>
    </message>
    <message>
        <source>a number is far too large</source>
        <translation>un número es demasiado grande</translation>
    </message>
    <message>
        <source>a text holds a NUL character (\u0000), which the server cannot store</source>
        <translation>un texto contiene un carácter NUL (\u0000), que el servidor no puede guardar</translation>
    </message>
    <message>
        <source>is not UTF-8 text (save it as UTF-8 in your editor).</source>
        <translation>no es texto UTF-8 (guárdalo como UTF-8 en tu editor).</translation>
    </message>
    <message>
        <source>holds a NUL character (byte 0), which the server cannot store; remove it (it is invisible in most editors).</source>
        <translation>contiene un carácter NUL (byte 0), que el servidor no puede guardar; quítalo (en la mayoría de los editores no se ve).</translation>
    </message>
    <message>
        <source>is missing: a package needs a course.toml beside its lesson files.</source>
        <translation>falta: un paquete necesita un course.toml junto a sus archivos de lección.</translation>
    </message>
    <message>
        <source>the package has no lessons: add a Markdown file (like 01-welcome.md) beside course.toml.</source>
        <translation>el paquete no tiene lecciones: añade un archivo Markdown (como 01-welcome.md) junto a course.toml.</translation>
    </message>
    <message>
        <source>belongs to no lesson: there is no {lesson}.</source>
        <translation>no pertenece a ninguna lección: no existe {lesson}.</translation>
    </message>
    <message>
        <source>slug {slug} may use only letters, digits, &apos;-&apos; and &apos;_&apos;, and must start with a letter or digit.</source>
        <translation>el slug {slug} solo puede usar letras, dígitos, &apos;-&apos; y &apos;_&apos;, y debe empezar por una letra o un dígito.</translation>
    </message>
    <message>
        <source>id {id} is not a UUID (like &apos;0b7d6c1e-8f7a-4c33-9d0e-2f1f7c9a6b52&apos;); remove it to derive one from the slug.</source>
        <translation>el id {id} no es un UUID (como &apos;0b7d6c1e-8f7a-4c33-9d0e-2f1f7c9a6b52&apos;); quítalo para que se derive uno del slug.</translation>
    </message>
    <message>
        <source>&apos;price&apos; of {where} must be a number from 0 to {maximum} with at most two decimals, like 9.99.</source>
        <translation>&apos;price&apos; en {where} debe ser un número de 0 a {maximum} con dos decimales como máximo, como 9.99.</translation>
    </message>
    <message>
        <source>achievements must be [[achievements]] tables.</source>
        <translation>los logros deben ser tablas [[achievements]].</translation>
    </message>
    <message>
        <source>two achievements have the key {key}; keys must differ.</source>
        <translation>dos logros tienen la clave {key}; las claves deben ser distintas.</translation>
    </message>
    <message>
        <source>the criteria table needs a &apos;type&apos;, such as &quot;course_completion&quot;.</source>
        <translation>la tabla criteria necesita un &apos;type&apos;, como &quot;course_completion&quot;.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>the criteria &apos;type&apos; is {value}; a course&apos;s achievement may use {types}.</source>
        <translation>el &apos;type&apos; de la tabla criteria es {value}; un logro de un curso puede usar {types}.</translation>
    </message>
    <message>
        <source>the criteria key &apos;{key}&apos; is not understood (known: {known}).</source>
        <translation>la clave &apos;{key}&apos; de la tabla criteria no se reconoce (conocidas: {known}).</translation>
    </message>
    <message>
        <source>the criteria name course {named}, but this course&apos;s id is {course_id}; leave course_id out.</source>
        <translation>la tabla criteria nombra el curso {named}, pero el id de este curso es {course_id}; quita course_id.</translation>
    </message>
    <message>
        <source>&quot;course_completion&quot; is earned by completing this course and takes no required_count.</source>
        <translation>&quot;course_completion&quot; se obtiene al completar este curso y no lleva required_count.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; needs a required_count, a whole number from 1 to {maximum}, counted within this course.</source>
        <translation>&quot;{kind}&quot; necesita un required_count, un número entero de 1 a {maximum}, contado dentro de este curso.</translation>
    </message>
    <message>
        <source>&apos;language&apos; of {where}: {problem}</source>
        <translation>&apos;language&apos; en {where}: {problem}</translation>
    </message>
    <message>
        <source>{tag} is not a language tag; write one like &quot;ar&quot;, &quot;he&quot;, &quot;fa-IR&quot; or &quot;en-GB&quot; (language, then optionally script and region).</source>
        <translation>{tag} no es una etiqueta de idioma; escribe una como &quot;ar&quot;, &quot;he&quot;, &quot;fa-IR&quot; o &quot;en-GB&quot; (idioma y, si quieres, escritura y región).</translation>
    </message>
    <message>
        <source>has no front matter: the first line must be &apos;{fence}&apos;, then the lesson&apos;s TOML settings, then another &apos;{fence}&apos;.</source>
        <translation>no tiene encabezado (front matter): la primera línea debe ser &apos;{fence}&apos;, después van los ajustes TOML de la lección y luego otra línea &apos;{fence}&apos;.</translation>
    </message>
    <message>
        <source>front matter is not closed: add a line &apos;{fence}&apos; after the lesson&apos;s settings.</source>
        <translation>el encabezado (front matter) no está cerrado: añade una línea &apos;{fence}&apos; después de los ajustes de la lección.</translation>
    </message>
    <message>
        <source>front matter is not valid TOML: {reason}.</source>
        <translation>el encabezado (front matter) no es TOML válido: {reason}.</translation>
    </message>
    <message>
        <source>a lesson&apos;s file name may use only letters, digits, &apos;-&apos; and &apos;_&apos; (it becomes part of the lesson&apos;s address).</source>
        <translation>el nombre de archivo de una lección solo puede usar letras, dígitos, &apos;-&apos; y &apos;_&apos; (pasa a formar parte de la dirección de la lección).</translation>
    </message>
    <message>
        <source>order {order} is already used by {other}; each lesson needs its own order number.</source>
        <translation>el número de orden {order} ya lo usa {other}; cada lección necesita un número de orden propio.</translation>
    </message>
    <message>
        <source>the lesson has more than {maximum} images and links; split it into several lessons.</source>
        <translation>la lección tiene más de {maximum} imágenes y enlaces; divídela en varias lecciones.</translation>
    </message>
    <message>
        <source>a lesson cannot be its own prerequisite.</source>
        <translation>una lección no puede ser requisito previo de sí misma.</translation>
    </message>
    <message>
        <source>prerequisite {name} names no lesson; use a lesson&apos;s file name without &apos;.md&apos; (lessons: {lessons}).</source>
        <translation>el requisito previo {name} no nombra ninguna lección; usa el nombre de archivo de una lección sin &apos;.md&apos; (lecciones: {lessons}).</translation>
    </message>
    <message>
        <source>prerequisites go round in a circle: {circle}; no learner could start any of them.</source>
        <translation>los requisitos previos forman un círculo: {circle}; ningún estudiante podría empezar ninguna de esas lecciones.</translation>
    </message>
    <message>
        <source>quiz questions are set both here and in {path}; keep them in one place.</source>
        <translation>las preguntas del cuestionario se escriben tanto aquí como en {path}; déjalas en un solo sitio.</translation>
    </message>
    <message>
        <source>the quiz mode is set both here and in {path}; keep them in one place.</source>
        <translation>el modo del cuestionario se indica tanto aquí como en {path}; déjalo en un solo sitio.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set both here and in {path}; keep them in one place.</source>
        <translation>&apos;{key}&apos; se indica tanto aquí como en {path}; déjalo en un solo sitio.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is for assessed quizzes; a practice quiz can be taken as often as the learner likes and always shows which answers were right (set mode = &quot;assessed&quot;, or remove it).</source>
        <translation>&apos;{key}&apos; es para cuestionarios evaluados; un cuestionario de práctica se puede hacer tantas veces como quiera el estudiante y siempre muestra qué respuestas eran correctas (pon mode = &quot;assessed&quot; o quítalo).</translation>
    </message>
    <message>
        <source>&apos;attempts&apos; of {where} is {value}; allow at most {maximum}.</source>
        <translation>&apos;attempts&apos; en {where} es {value}; permite como máximo {maximum}.</translation>
    </message>
    <message>
        <source>quiz questions must be written as [[questions]] tables.</source>
        <translation>las preguntas del cuestionario deben escribirse como tablas [[questions]].</translation>
    </message>
    <message>
        <source>give question {number} a stable id, like id = &quot;{example}&quot;, so learners&apos; answers stay attached to it when you edit the quiz.</source>
        <translation>da a la pregunta {number} un id fijo, como id = &quot;{example}&quot;, para que las respuestas de los estudiantes sigan unidas a ella cuando edites el cuestionario.</translation>
    </message>
    <message>
        <source>two questions of this lesson have the id {id}.</source>
        <translation>dos preguntas de esta lección tienen el id {id}.</translation>
    </message>
    <message numerus="yes">
        <source>the explanation of {where} is %Ln character(s) long; keep it to at most {maximum} (a few sentences).</source>
        <translation>
            <numerusform>en {where}, la explicación tiene %Ln carácter; redúcela a {maximum} como máximo (unas pocas frases).</numerusform>
            <numerusform>en {where}, la explicación tiene %Ln caracteres; redúcela a {maximum} como máximo (unas pocas frases).</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} is {kind}; scoring = &quot;partial&quot; is only for multiple_choice questions, where a learner can be partly right.</source>
        <translation>{where} es de tipo {kind}; scoring = &quot;partial&quot; solo sirve para preguntas multiple_choice, en las que un estudiante puede acertar en parte.</translation>
    </message>
    <message>
        <source>{where} is {kind}; case_sensitive is only for short_answer questions.</source>
        <translation>{where} es de tipo {kind}; case_sensitive solo sirve para preguntas short_answer.</translation>
    </message>
    <message>
        <source>{where} needs &apos;options&apos;: a list of at least two answers to choose from.</source>
        <translation>{where} necesita &apos;options&apos;: una lista de al menos dos respuestas entre las que elegir.</translation>
    </message>
    <message>
        <source>{where} has more than {maximum} options.</source>
        <translation>{where} tiene más de {maximum} opciones.</translation>
    </message>
    <message>
        <source>the options of {where} must all be texts, or all tables like {{ id = &quot;paris&quot;, text = &quot;Paris&quot; }}.</source>
        <translation>en {where}, las opciones deben ser todas textos o todas tablas como {{ id = &quot;paris&quot;, text = &quot;Paris&quot; }}.</translation>
    </message>
    <message>
        <source>each option of {where} needs exactly a non-empty &apos;id&apos; and &apos;text&apos;.</source>
        <translation>en {where}, cada opción necesita exactamente un &apos;id&apos; y un &apos;text&apos; no vacíos.</translation>
    </message>
    <message>
        <source>{where} has two options with the id {id}.</source>
        <translation>{where} tiene dos opciones con el id {id}.</translation>
    </message>
    <message>
        <source>&apos;accepted&apos; is for short answers; {where} is {kind} and names its answers in &apos;correct&apos;.</source>
        <translation>&apos;accepted&apos; es para respuestas cortas; {where} es de tipo {kind} e indica sus respuestas en &apos;correct&apos;.</translation>
    </message>
    <message>
        <source>{where} has no correct answer: add &apos;correct&apos; with the id of the right option (&quot;a&quot;, &quot;b&quot;, … for plain option lists).</source>
        <translation>{where} no tiene respuesta correcta: añade &apos;correct&apos; con el id de la opción correcta (&quot;a&quot;, &quot;b&quot;, … para listas de opciones simples).</translation>
    </message>
    <message>
        <source>&apos;correct&apos; of {where} must name option ids.</source>
        <translation>&apos;correct&apos; en {where} debe indicar ids de opciones.</translation>
    </message>
    <message numerus="yes">
        <source>{where} is single_choice but has %Ln correct answer(s); keep one or make it kind = &quot;multiple_choice&quot;.</source>
        <translation>
            <numerusform>{where} es de tipo single_choice pero tiene %Ln respuesta correcta; deja una o ponle kind = &quot;multiple_choice&quot;.</numerusform>
            <numerusform>{where} es de tipo single_choice pero tiene %Ln respuestas correctas; deja una o ponle kind = &quot;multiple_choice&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;correct&apos; of {where} names {unknown}, which is not an option (options: {options}).</source>
        <translation>&apos;correct&apos; en {where} indica {unknown}, que no es una opción (opciones: {options}).</translation>
    </message>
    <message>
        <source>{where} is short_answer: list the right answers in &apos;accepted&apos; instead of &apos;{key}&apos;.</source>
        <translation>{where} es de tipo short_answer: escribe las respuestas correctas en &apos;accepted&apos; en lugar de &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>{where} has no correct answer: add &apos;accepted&apos;, a list of the answers to count as right.</source>
        <translation>{where} no tiene respuesta correcta: añade &apos;accepted&apos;, una lista de las respuestas que cuentan como correctas.</translation>
    </message>
    <message>
        <source>&apos;accepted&apos; of {where} must be a list of non-empty texts.</source>
        <translation>&apos;accepted&apos; en {where} debe ser una lista de textos no vacíos.</translation>
    </message>
    <message>
        <source>image {target} points outside the package; use a path relative to the package folder, like images/picture.png.</source>
        <translation>la imagen {target} apunta fuera del paquete; usa una ruta relativa a la carpeta del paquete, como images/picture.png.</translation>
    </message>
    <message>
        <source>image {target} is not in the package.</source>
        <translation>la imagen {target} no está en el paquete.</translation>
    </message>
    <message>
        <source>{target} is not an image Lantern can show (use .png, .jpg, .jpeg, .gif, .webp or .svg).</source>
        <translation>{target} no es una imagen que Lantern pueda mostrar (usa .png, .jpg, .jpeg, .gif, .webp o .svg).</translation>
    </message>
    <message>
        <source>image reference [{label}] is not defined: add a line like &apos;[{label}]: images/picture.png&apos; to the lesson.</source>
        <translation>la referencia de imagen [{label}] no está definida: añade a la lección una línea como &apos;[{label}]: images/picture.png&apos;.</translation>
    </message>
    <message>
        <source>image {target} uses a &apos;{scheme}:&apos; address; an image is a file in the package (or a web address, http or https).</source>
        <translation>la imagen {target} usa una dirección &apos;{scheme}:&apos;; una imagen es un archivo del paquete (o una dirección web, http o https).</translation>
    </message>
    <message>
        <source>thumbnail {target} points outside the package.</source>
        <translation>la miniatura {target} apunta fuera del paquete.</translation>
    </message>
    <message>
        <source>thumbnail {target} is not in the package.</source>
        <translation>la miniatura {target} no está en el paquete.</translation>
    </message>
    <message>
        <source>link {target} would not open: {reason}.</source>
        <translation>el enlace {target} no se abriría: {reason}.</translation>
    </message>
    <message>
        <source>{problem}; learners would see its TeX source instead of the formula.</source>
        <translation>{problem}; los estudiantes verían su código TeX en lugar de la fórmula.</translation>
    </message>
    <message>
        <source>{target} is not a video, sound or PDF file Lantern can show (use {types}).</source>
        <translation>{target} no es un archivo de vídeo, sonido o PDF que Lantern pueda mostrar (usa {types}).</translation>
    </message>
    <message>
        <source>media file {target} is not a file of the package; use a path relative to the package folder, like media/talk.mp4.</source>
        <translation>el archivo multimedia {target} no es un archivo del paquete; usa una ruta relativa a la carpeta del paquete, como media/talk.mp4.</translation>
    </message>
    <message>
        <source>media file {target} is not in the package.</source>
        <translation>el archivo multimedia {target} no está en el paquete.</translation>
    </message>
    <message>
        <source>poster {target} is not a file of the package; use a path relative to the package folder, like media/talk.mp4.</source>
        <translation>el póster {target} no es un archivo del paquete; usa una ruta relativa a la carpeta del paquete, como media/talk.mp4.</translation>
    </message>
    <message>
        <source>poster {target} is not in the package.</source>
        <translation>el póster {target} no está en el paquete.</translation>
    </message>
    <message>
        <source>captions {target} is not a file of the package; use a path relative to the package folder, like media/talk.mp4.</source>
        <translation>los subtítulos {target} no son un archivo del paquete; usa una ruta relativa a la carpeta del paquete, como media/talk.mp4.</translation>
    </message>
    <message>
        <source>captions {target} is not in the package.</source>
        <translation>los subtítulos {target} no están en el paquete.</translation>
    </message>
    <message>
        <source>&apos;poster&apos; is for a video; leave it out here.</source>
        <translation>&apos;poster&apos; solo sirve para vídeos; quítalo de aquí.</translation>
    </message>
    <message>
        <source>&apos;captions&apos; are for a video or a sound; leave them out here.</source>
        <translation>&apos;captions&apos; solo sirve para vídeos o sonidos; quítalo de aquí.</translation>
    </message>
    <message>
        <source>captions {target} must be a WebVTT file (.vtt).</source>
        <translation>los subtítulos {target} deben ser un archivo WebVTT (.vtt).</translation>
    </message>
    <message>
        <source>a PDF has no &apos;duration&apos;; leave it out.</source>
        <translation>un PDF no tiene &apos;duration&apos;; quítalo.</translation>
    </message>
    <message>
        <source>&apos;duration&apos; says {written} but {path} plays for {actual}; correct it, or leave it out (Lantern reads it from the file).</source>
        <translation>&apos;duration&apos; dice {written}, pero {path} dura {actual}; corrígelo o quítalo (Lantern lo lee del archivo).</translation>
    </message>
</context>
<context>
    <name>pending</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Opened Lesson {number} “{title}”</source>
        <translation>Abriste la lección {number} “{title}”</translation>
    </message>
    <message>
        <source>Opened a lesson</source>
        <translation>Abriste una lección</translation>
    </message>
    <message>
        <source>Progress in Lesson {number} “{title}”</source>
        <translation>Progreso en la lección {number} “{title}”</translation>
    </message>
    <message>
        <source>Progress in a lesson</source>
        <translation>Progreso en una lección</translation>
    </message>
    <message>
        <source>{duration} of study, Lesson {number} “{title}”</source>
        <translation>{duration} de estudio, lección {number} “{title}”</translation>
    </message>
    <message>
        <source>{duration} of study, a lesson</source>
        <translation>{duration} de estudio, una lección</translation>
    </message>
    <message>
        <source>Lesson {number} “{title}” completed</source>
        <translation>Lección {number} “{title}” completada</translation>
    </message>
    <message>
        <source>a lesson completed</source>
        <translation>Una lección completada</translation>
    </message>
    <message>
        <source>Quiz attempt, Lesson {number} “{title}”</source>
        <translation>Intento de cuestionario, lección {number} “{title}”</translation>
    </message>
    <message>
        <source>Quiz attempt, a lesson</source>
        <translation>Intento de cuestionario, una lección</translation>
    </message>
    <message>
        <source>Rated a course {rating}/5</source>
        <translation>Valoraste un curso con {rating}/5</translation>
    </message>
    <message>
        <source>Rated “{title}” {rating}/5</source>
        <translation>Valoraste “{title}” con {rating}/5</translation>
    </message>
    <message>
        <source>Notification marked as read</source>
        <translation>Notificación marcada como leída</translation>
    </message>
    <message>
        <source>Change of kind {kind}</source>
        <translation>Cambio de tipo {kind}</translation>
    </message>
    <message>
        <source>Enrolled in a course</source>
        <translation>Te inscribiste en un curso</translation>
    </message>
    <message>
        <source>Enrolled in “{title}”</source>
        <translation>Te inscribiste en “{title}”</translation>
    </message>
    <message>
        <source>Left a course</source>
        <translation>Dejaste un curso</translation>
    </message>
    <message>
        <source>Left “{title}”</source>
        <translation>Dejaste “{title}”</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>rechazado por el servidor</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Guardado en este equipo</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>Only instructors can publish courses, and this account is a learner&apos;s. Ask an administrator to make you an instructor.</source>
        <translation>Solo los instructores pueden publicar cursos, y esta cuenta es de un estudiante. Pide a un administrador que te haga instructor.</translation>
    </message>
    <message>
        <source>The server refused to change “{title}”: you can only publish courses you teach.</source>
        <translation>El servidor se negó a cambiar “{title}”: solo puedes publicar los cursos que impartes.</translation>
    </message>
    <message>
        <source>The course “{title}” ({course_id}) belongs to another instructor; you cannot publish into it. Give your package its own id in course.toml.</source>
        <translation>El curso “{title}” ({course_id}) es de otro instructor; no puedes publicar en él. Da a tu paquete su propio id en course.toml.</translation>
    </message>
    <message>
        <source>The server does not let you change the achievement {achievement_id}: it belongs to another course or to the whole platform. Give the badge another key in course.toml.</source>
        <translation>El servidor no te deja cambiar el logro {achievement_id}: pertenece a otro curso o a toda la plataforma. Da otra clave a la insignia en course.toml.</translation>
    </message>
    <message>
        <source>The server did not let you change a quiz question of this course.</source>
        <translation>El servidor no te dejó cambiar una pregunta de un cuestionario de este curso.</translation>
    </message>
    <message>
        <source>The quiz of lesson {lesson} is assessed, but learners already downloaded the answers to its question {questions} when it was a practice quiz. Give every question of this quiz a new id (for example &quot;{example}&quot; → &quot;{example}-assessed&quot;) so the assessed quiz asks questions whose answers nobody has; nothing was uploaded.</source>
        <translation>El cuestionario de la lección {lesson} ahora es evaluado, pero los estudiantes ya descargaron las respuestas de su pregunta {questions} cuando era un cuestionario de práctica. Da un id nuevo a cada pregunta de este cuestionario (por ejemplo, &quot;{example}&quot; → &quot;{example}-assessed&quot;) para que el cuestionario evaluado haga preguntas cuyas respuestas no tenga nadie; no se subió nada.</translation>
    </message>
    <message>
        <source>The quiz of lesson {lesson} is assessed, but learners already downloaded the answers to its questions {questions} when it was a practice quiz. Give every question of this quiz a new id (for example &quot;{example}&quot; → &quot;{example}-assessed&quot;) so the assessed quiz asks questions whose answers nobody has; nothing was uploaded.</source>
        <translation>El cuestionario de la lección {lesson} ahora es evaluado, pero los estudiantes ya descargaron las respuestas de sus preguntas {questions} cuando era un cuestionario de práctica. Da un id nuevo a cada pregunta de este cuestionario (por ejemplo, &quot;{example}&quot; → &quot;{example}-assessed&quot;) para que el cuestionario evaluado haga preguntas cuyas respuestas no tenga nadie; no se subió nada.</translation>
    </message>
    <message>
        <source>{problem}. The package changed while it was being published: check it again (lantern check) and publish again.</source>
        <translation>{problem}. El paquete cambió mientras se publicaba: compruébalo de nuevo (lantern check) y vuelve a publicarlo.</translation>
    </message>
    <message>
        <source>The server refused {path}: its course-content bucket does not take {content_type} files. Leave the file out of the package, or ask the project&apos;s administrator to allow that type in the bucket&apos;s settings; then publish again.</source>
        <translation>El servidor rechazó {path}: su bucket course-content no acepta archivos de tipo {content_type}. Deja el archivo fuera del paquete o pide al administrador del proyecto que permita ese tipo en los ajustes del bucket; después vuelve a publicar.</translation>
    </message>
    <message>
        <source>The server refused {path}: at {size} it is larger than the server allows for one file. Make the image smaller (or ask the project&apos;s administrator to raise the course-content bucket&apos;s file size limit); then publish again.</source>
        <translation>El servidor rechazó {path}: con {size}, supera el tamaño que el servidor permite para un archivo. Reduce el tamaño de la imagen (o pide al administrador del proyecto que aumente el límite de tamaño de archivo del bucket course-content); después vuelve a publicar.</translation>
    </message>
    <message>
        <source>The server refused {path}: at {size} it is larger than the server allows for one file. Make the file smaller (or ask the project&apos;s administrator to raise the course-content bucket&apos;s file size limit); then publish again.</source>
        <translation>El servidor rechazó {path}: con {size}, supera el tamaño que el servidor permite para un archivo. Reduce el tamaño del archivo (o pide al administrador del proyecto que aumente el límite de tamaño de archivo del bucket course-content); después vuelve a publicar.</translation>
    </message>
    <message>
        <source>The server refused to store {path}: you can only publish courses you teach.</source>
        <translation>El servidor se negó a guardar {path}: solo puedes publicar los cursos que impartes.</translation>
    </message>
    <message>
        <source>The server refused {path}: {reason}.</source>
        <translation>El servidor rechazó {path}: {reason}.</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} KiB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session ended while {path} was uploading; sign in and publish again: the upload continues where it stopped.</source>
        <translation>Tu sesión terminó mientras se subía {path}; inicia sesión y vuelve a publicar: la subida continuará desde donde se detuvo.</translation>
    </message>
    <message>
        <source>The server can&apos;t be reached right now. The upload of {path} stopped; publish again when the server is back: it continues where it stopped.</source>
        <translation>Ahora mismo no se puede contactar con el servidor. La subida de {path} se detuvo; vuelve a publicar cuando el servidor esté disponible: continuará desde donde se detuvo.</translation>
    </message>
    <message>
        <source>The server accepted the connection but did not answer. The upload of {path} stopped; publish again when the server is back: it continues where it stopped.</source>
        <translation>El servidor aceptó la conexión, pero no respondió. La subida de {path} se detuvo; vuelve a publicar cuando el servidor esté disponible: continuará desde donde se detuvo.</translation>
    </message>
    <message>
        <source>The server stopped taking {path} (HTTP {status}). Publish again: the upload continues where it stopped.</source>
        <translation>El servidor dejó de recibir {path} (HTTP {status}). Vuelve a publicar: la subida continuará desde donde se detuvo.</translation>
    </message>
    <message>
        <source>The server stopped taking {path} ({problem}). Publish again: the upload continues where it stopped.</source>
        <translation>El servidor dejó de recibir {path} ({problem}). Vuelve a publicar: la subida continuará desde donde se detuvo.</translation>
    </message>
    <message>
        <source>could not start the upload of {path} (HTTP {status})</source>
        <translation>no se pudo iniciar la subida de {path} (HTTP {status})</translation>
    </message>
    <message>
        <source>the server could not say how much of {path} it has (HTTP {status})</source>
        <translation>el servidor no pudo indicar qué parte de {path} tiene ya (HTTP {status})</translation>
    </message>
    <message>
        <source>the upload of {path} stopped at byte {offset} (HTTP {status})</source>
        <translation>la subida de {path} se detuvo en el byte {offset} (HTTP {status})</translation>
    </message>
    <message>
        <source>the server did not say how much of {path} it has</source>
        <translation>el servidor no indicó qué parte de {path} tiene ya</translation>
    </message>
    <message>
        <source>the server took none of {path} at byte {offset} (it says {moved})</source>
        <translation>el servidor no aceptó nada de {path} a partir del byte {offset} (indica {moved})</translation>
    </message>
    <message>
        <source>the server could not be reached ({error})</source>
        <translation>no se pudo contactar con el servidor ({error})</translation>
    </message>
    <message>
        <source>the server did not take it now (HTTP {status})</source>
        <translation>el servidor no lo aceptó en ese momento (HTTP {status})</translation>
    </message>
    <message>
        <source>create course {slug}</source>
        <translation>crear el curso {slug}</translation>
    </message>
    <message>
        <source>update course {slug}</source>
        <translation>actualizar el curso {slug}</translation>
    </message>
    <message>
        <source>publish course</source>
        <translation>publicar el curso</translation>
    </message>
    <message>
        <source>unpublish course</source>
        <translation>dejar el curso sin publicar</translation>
    </message>
    <message>
        <source>upload {path}</source>
        <translation>subir {path}</translation>
    </message>
    <message numerus="yes">
        <source>remove %Ln old file(s)</source>
        <translation>
            <numerusform>eliminar %Ln archivo antiguo</numerusform>
            <numerusform>eliminar %Ln archivos antiguos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>list %Ln file(s)</source>
        <translation>
            <numerusform>añadir %Ln archivo a la lista de archivos</numerusform>
            <numerusform>añadir %Ln archivos a la lista de archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>unlist {path}</source>
        <translation>quitar {path} de la lista de archivos</translation>
    </message>
    <message>
        <source>update the listing of {path}</source>
        <translation>actualizar {path} en la lista de archivos</translation>
    </message>
    <message>
        <source>remove lesson {path}</source>
        <translation>eliminar la lección {path}</translation>
    </message>
    <message>
        <source>move lesson {path} aside</source>
        <translation>apartar temporalmente la lección {path}</translation>
    </message>
    <message numerus="yes">
        <source>add %Ln lesson(s)</source>
        <translation>
            <numerusform>añadir %Ln lección</numerusform>
            <numerusform>añadir %Ln lecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>update lesson {slug}</source>
        <translation>actualizar la lección {slug}</translation>
    </message>
    <message numerus="yes">
        <source>add the text of %Ln lesson(s)</source>
        <translation>
            <numerusform>añadir el texto de %Ln lección</numerusform>
            <numerusform>añadir el texto de %Ln lecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>update the text of {slug}</source>
        <translation>actualizar el texto de {slug}</translation>
    </message>
    <message numerus="yes">
        <source>add %Ln question(s)</source>
        <translation>
            <numerusform>añadir %Ln pregunta</numerusform>
            <numerusform>añadir %Ln preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>update question {key}</source>
        <translation>actualizar la pregunta {key}</translation>
    </message>
    <message>
        <source>retire a removed question</source>
        <translation>retirar una pregunta eliminada</translation>
    </message>
    <message>
        <source>retire the practice questions of {slug}</source>
        <translation>retirar las preguntas de práctica de {slug}</translation>
    </message>
    <message numerus="yes">
        <source>add %Ln answer key(s)</source>
        <translation>
            <numerusform>añadir %Ln clave de respuesta</numerusform>
            <numerusform>añadir %Ln claves de respuesta</numerusform>
        </translation>
    </message>
    <message>
        <source>fix the answer key of {key}</source>
        <translation>corregir la clave de respuesta de {key}</translation>
    </message>
    <message numerus="yes">
        <source>add %Ln achievement(s)</source>
        <translation>
            <numerusform>añadir %Ln logro</numerusform>
            <numerusform>añadir %Ln logros</numerusform>
        </translation>
    </message>
    <message>
        <source>update achievement {title}</source>
        <translation>actualizar el logro {title}</translation>
    </message>
    <message>
        <source>retire achievement {title}</source>
        <translation>retirar el logro {title}</translation>
    </message>
    <message>
        <source>Course {course_id} created and published.</source>
        <translation>Curso {course_id} creado y publicado.</translation>
    </message>
    <message>
        <source>Course {course_id} published.</source>
        <translation>Curso {course_id} publicado.</translation>
    </message>
    <message>
        <source>Course {course_id} created and saved as a draft (not published).</source>
        <translation>Curso {course_id} creado y guardado como borrador (sin publicar).</translation>
    </message>
    <message>
        <source>Course {course_id} saved as a draft (not published).</source>
        <translation>Curso {course_id} guardado como borrador (sin publicar).</translation>
    </message>
    <message>
        <source>Added lessons: {titles}.</source>
        <translation>Lecciones añadidas: {titles}.</translation>
    </message>
    <message>
        <source>Updated lessons: {titles}.</source>
        <translation>Lecciones actualizadas: {titles}.</translation>
    </message>
    <message>
        <source>Removed lessons: {titles}.</source>
        <translation>Lecciones eliminadas: {titles}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lesson(s) unchanged.</source>
        <translation>
            <numerusform>%Ln lección sin cambios.</numerusform>
            <numerusform>%Ln lecciones sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions: {questions_added} added, {questions_updated} updated, {questions_retired} retired. Files: {files_uploaded} uploaded, {files_removed} removed.</source>
        <translation>Preguntas: {questions_added} añadidas, {questions_updated} actualizadas, {questions_retired} retiradas. Archivos: {files_uploaded} subidos, {files_removed} eliminados.</translation>
    </message>
    <message>
        <source>Added achievements: {titles}.</source>
        <translation>Logros añadidos: {titles}.</translation>
    </message>
    <message>
        <source>Updated achievements: {titles}.</source>
        <translation>Logros actualizados: {titles}.</translation>
    </message>
    <message>
        <source>Retired achievements: {titles}.</source>
        <translation>Logros retirados: {titles}.</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <source>choose one</source>
        <translation>elige una</translation>
    </message>
    <message>
        <source>choose all that apply</source>
        <translation>elige todas las que correspondan</translation>
    </message>
    <message>
        <source>Partial credit</source>
        <translation>Puntuación parcial</translation>
    </message>
    <message>
        <source>All correct options needed</source>
        <translation>Hay que marcar todas las opciones correctas</translation>
    </message>
    <message>
        <source>type your answer</source>
        <translation>escribe tu respuesta</translation>
    </message>
    <message>
        <source>Case matters</source>
        <translation>Distingue mayúsculas y minúsculas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reads</name>
    <message>
        <source>an earlier lesson</source>
        <translation>una lección anterior</translation>
    </message>
    <message>
        <source>This lesson is not on this computer yet. Download the course for offline use, or connect to the internet and try again.</source>
        <translation>Esta lección aún no está en este equipo. Descarga el curso para usarlo sin conexión, o conéctate a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Quiz: {title}</source>
        <translation>Cuestionario: {title}</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>logged: {message}</source>
        <translation>registrado: {message}</translation>
    </message>
    <message>
        <source>data kept in {folder}</source>
        <translation>datos conservados en {folder}</translation>
    </message>
    <message>
        <source>self-test FAILED at {step}: {reason}</source>
        <translation>autoprueba FALLIDA en {step}: {reason}</translation>
    </message>
    <message>
        <source>no temporary data folder ({error})</source>
        <translation>no se pudo crear la carpeta de datos temporal ({error})</translation>
    </message>
    <message>
        <source>self-test passed (frozen app, data in a temporary folder, removed)</source>
        <translation>autoprueba superada (aplicación empaquetada, datos en una carpeta temporal, ya eliminada)</translation>
    </message>
    <message>
        <source>self-test passed (frozen app, data in a temporary folder kept at {folder})</source>
        <translation>autoprueba superada (aplicación empaquetada, datos en una carpeta temporal conservada en {folder})</translation>
    </message>
    <message>
        <source>self-test passed (source tree, data in a temporary folder, removed)</source>
        <translation>autoprueba superada (código fuente, datos en una carpeta temporal, ya eliminada)</translation>
    </message>
    <message>
        <source>self-test passed (source tree, data in a temporary folder kept at {folder})</source>
        <translation>autoprueba superada (código fuente, datos en una carpeta temporal conservada en {folder})</translation>
    </message>
    <message>
        <source>start</source>
        <comment>the self-test&apos;s step that starts the app</comment>
        <translation>inicio</translation>
    </message>
    <message>
        <source>self-test: ok    {step}</source>
        <comment>a step passed; the spaces line the step up with the lines &apos;self-test: info  …&apos;</comment>
        <translation>autoprueba: ok    {step}</translation>
    </message>
    <message>
        <source>gave up after {seconds} s waiting for {what}</source>
        <translation>tras {seconds} s, se dejó de esperar {what}</translation>
    </message>
    <message>
        <source>bundle</source>
        <comment>the self-test&apos;s step that checks the app&apos;s files</comment>
        <translation>paquete</translation>
    </message>
    <message>
        <source>the sample course has no lesson with a practice quiz</source>
        <translation>el curso de ejemplo no tiene ninguna lección con cuestionario de práctica</translation>
    </message>
    <message>
        <source>the app to compose its parts</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>a que la aplicación montara sus partes</translation>
    </message>
    <message>
        <source>the app did not start: {error}</source>
        <translation>la aplicación no se inició: {error}</translation>
    </message>
    <message>
        <source>guest</source>
        <comment>the self-test&apos;s step that starts as a guest</comment>
        <translation>invitado</translation>
    </message>
    <message>
        <source>catalogue</source>
        <comment>the self-test&apos;s step that opens the course catalogue</comment>
        <translation>catálogo</translation>
    </message>
    <message>
        <source>lesson</source>
        <comment>the self-test&apos;s step that studies a lesson</comment>
        <translation>lección</translation>
    </message>
    <message>
        <source>quiz</source>
        <comment>the self-test&apos;s step that takes a quiz</comment>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>media</source>
        <comment>the self-test&apos;s step that plays a video and opens a PDF</comment>
        <translation>multimedia</translation>
    </message>
    <message>
        <source>read back</source>
        <comment>the self-test&apos;s step that reads what was saved again</comment>
        <translation>relectura</translation>
    </message>
    <message>
        <source>the sample course in {folder} does not load: {problems}</source>
        <translation>el curso de ejemplo de {folder} no se carga: {problems}</translation>
    </message>
    <message>
        <source>{path} is missing</source>
        <translation>falta {path}</translation>
    </message>
    <message>
        <source>{path} does not load</source>
        <translation>{path} no se carga</translation>
    </message>
    <message>
        <source>no code highlighting for {languages} (Pygments)</source>
        <translation>no hay resaltado de código para {languages} (Pygments)</translation>
    </message>
    <message>
        <source>formulas cannot be drawn (ziamath, QtSvg)</source>
        <translation>no se pueden dibujar las fórmulas (ziamath, QtSvg)</translation>
    </message>
    <message>
        <source>formulas cannot be read (latex2mathml)</source>
        <translation>no se pueden leer las fórmulas (latex2mathml)</translation>
    </message>
    <message>
        <source>self-test: info  Lantern {version}, resources in {folder}</source>
        <translation>autoprueba: info  Lantern {version}, recursos en {folder}</translation>
    </message>
    <message>
        <source>self-test: info  tokens would be kept in the system keyring</source>
        <translation>autoprueba: info  los tokens se guardarían en el llavero del sistema</translation>
    </message>
    <message>
        <source>self-test: info  tokens would be kept in the private file (no usable keyring)</source>
        <translation>autoprueba: info  los tokens se guardarían en el archivo privado (no hay ningún llavero utilizable)</translation>
    </message>
    <message>
        <source>Qt cannot read {formats} images (image format plugins missing)</source>
        <translation>Qt no puede leer imágenes {formats} (faltan los complementos de formatos de imagen)</translation>
    </message>
    <message>
        <source>the app icon does not load</source>
        <translation>el icono de la aplicación no se carga</translation>
    </message>
    <message>
        <source>self-test: info  Qt platform {platform}, image formats {formats}</source>
        <translation>autoprueba: info  plataforma Qt {platform}, formatos de imagen {formats}</translation>
    </message>
    <message>
        <source>the first-run dialog</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>el diálogo del primer inicio</translation>
    </message>
    <message>
        <source>the guest&apos;s window</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>la ventana del invitado</translation>
    </message>
    <message>
        <source>“{title}” in the catalogue</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>“{title}” en el catálogo</translation>
    </message>
    <message>
        <source>the course page</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>la página del curso</translation>
    </message>
    <message>
        <source>“{title}” is not listed on the course page</source>
        <translation>“{title}” no aparece en la página del curso</translation>
    </message>
    <message>
        <source>the lesson page</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>la página de la lección</translation>
    </message>
    <message>
        <source>the lesson shows no sections</source>
        <translation>la lección no muestra ninguna sección</translation>
    </message>
    <message>
        <source>the first section&apos;s progress in the store</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>el progreso de la primera sección en la base de datos</translation>
    </message>
    <message>
        <source>one second of counted study time (is the window active?)</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>un segundo de tiempo de estudio contado (¿está activa la ventana?)</translation>
    </message>
    <message>
        <source>the completed lesson in the store</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>la lección completada en la base de datos</translation>
    </message>
    <message>
        <source>the quiz page</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>la página del cuestionario</translation>
    </message>
    <message>
        <source>the practice quiz cannot be graded offline (answer key missing)</source>
        <translation>el cuestionario de práctica no se puede calificar sin conexión (falta la clave de respuesta)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) shown, the course has {expected}</source>
        <translation>
            <numerusform>se muestra %Ln pregunta, pero el curso tiene {expected}</numerusform>
            <numerusform>se muestran %Ln preguntas, pero el curso tiene {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>submitting recorded no attempt</source>
        <translation>al enviar no se registró ningún intento</translation>
    </message>
    <message>
        <source>all answers right but graded {score}/{max_score}</source>
        <translation>todas las respuestas son correctas, pero la calificación es {score}/{max_score}</translation>
    </message>
    <message>
        <source>the result line says “{text}”</source>
        <translation>la línea del resultado dice “{text}”</translation>
    </message>
    <message>
        <source>the attempt to be saved</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>a que se guardara el intento</translation>
    </message>
    <message>
        <source>the sample course has no video</source>
        <translation>el curso de ejemplo no tiene ningún vídeo</translation>
    </message>
    <message>
        <source>the lesson with the video</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>la lección con el vídeo</translation>
    </message>
    <message>
        <source>the sample video is not in the guest&apos;s files</source>
        <translation>el vídeo de ejemplo no está en los archivos del invitado</translation>
    </message>
    <message>
        <source>the video to load</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>a que se cargara el vídeo</translation>
    </message>
    <message>
        <source>the video cannot play: {reason}</source>
        <translation>el vídeo no se puede reproducir: {reason}</translation>
    </message>
    <message>
        <source>one second of the video playing</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>un segundo de reproducción del vídeo</translation>
    </message>
    <message>
        <source>what was watched, in the store</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>lo que se vio del vídeo, en la base de datos</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page drawn</source>
        <comment>read after: gave up after 30 s waiting for …</comment>
        <translation>a que se dibujara la primera página del PDF</translation>
    </message>
    <message>
        <source>the lesson shows no card for its media</source>
        <translation>la lección no muestra ninguna tarjeta para su contenido multimedia</translation>
    </message>
    <message>
        <source>the guest database was damaged: {recovery}</source>
        <translation>la base de datos del invitado estaba dañada: {recovery}</translation>
    </message>
    <message>
        <source>no progress row for the lesson</source>
        <translation>no hay ninguna fila de progreso para la lección</translation>
    </message>
    <message>
        <source>sections read back as {percents}, expected 100% for {sections}</source>
        <translation>al releer, las secciones dan {percents}; se esperaba 100 % para {sections}</translation>
    </message>
    <message>
        <source>the lesson is not completed</source>
        <translation>la lección no está completada</translation>
    </message>
    <message>
        <source>time spent read back as {stored} s after {elapsed} s on the page</source>
        <translation>al releer, el tiempo dedicado es de {stored} s tras {elapsed} s en la página</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quiz attempt(s) stored, expected 1</source>
        <translation>
            <numerusform>%Ln intento de cuestionario guardado; se esperaba 1</numerusform>
            <numerusform>%Ln intentos de cuestionario guardados; se esperaba 1</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored attempt has another id than the one shown</source>
        <translation>el intento guardado tiene un id distinto del que se muestra</translation>
    </message>
    <message>
        <source>answers read back as {answers}</source>
        <translation>al releer, las respuestas son {answers}</translation>
    </message>
    <message>
        <source>stored grade {stored_score}/{stored_max} differs from the grade shown {score}/{max_score}</source>
        <translation>la calificación guardada {stored_score}/{stored_max} no coincide con la mostrada {score}/{max_score}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message numerus="yes">
        <source>%Ln change(s) [hasn&apos;t|haven&apos;t] reached the server yet. They stay on this computer for {name} and are sent the next time they sign in and go online.</source>
        <translation>
            <numerusform>%Ln cambio todavía no ha llegado al servidor. Se queda en este equipo para {name} y se enviará la próxima vez que inicie sesión y tenga conexión.</numerusform>
            <numerusform>%Ln cambios todavía no han llegado al servidor. Se quedan en este equipo para {name} y se enviarán la próxima vez que inicie sesión y tenga conexión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in {wait}.</source>
        <translation>PIN incorrecto. Inténtalo de nuevo en {wait}.</translation>
    </message>
    <message>
        <source>Wrong password. Try again in {wait}.</source>
        <translation>Contraseña incorrecta. Inténtalo de nuevo en {wait}.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in {wait}.</source>
        <translation>Demasiados intentos fallidos. Inténtalo de nuevo en {wait}.</translation>
    </message>
    <message>
        <source>Quick PIN sign-in is off on this computer. Use the password instead.</source>
        <translation>El inicio de sesión rápido con PIN está desactivado en este equipo. Usa la contraseña.</translation>
    </message>
    <message>
        <source>No PIN is set for {name} on this computer. Use the password instead.</source>
        <translation>{name} no tiene ningún PIN en este equipo. Usa la contraseña.</translation>
    </message>
    <message>
        <source>Lantern can&apos;t check {name}&apos;s password offline on this computer yet. Connect to the internet and try again.</source>
        <translation>Lantern todavía no puede comprobar sin conexión la contraseña de {name} en este equipo. Conéctate a internet e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <source>Working offline</source>
        <translation>Trabajando sin conexión</translation>
    </message>
    <message>
        <source>Offline: the server can&apos;t be reached</source>
        <translation>Sin conexión: no se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>Server not responding</source>
        <translation>El servidor no responde</translation>
    </message>
    <message>
        <source>The server had a problem</source>
        <translation>El servidor tuvo un problema</translation>
    </message>
    <message>
        <source>Guest: your work stays on this computer and is never synced</source>
        <translation>Invitado: tu trabajo se queda en este equipo y nunca se sincroniza</translation>
    </message>
    <message>
        <source>The local demo server stopped — close Lantern and start the demo again</source>
        <translation>El servidor de demostración local se detuvo: cierra Lantern y vuelve a iniciar la demostración</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Syncing… {percent}</source>
        <translation>Sincronizando… {percent}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>{syncing} — waiting for the server</source>
        <translation>{syncing} — esperando al servidor</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Up to date · synced {when}</source>
        <translation>Al día · sincronizado {when}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln cambio pendiente de sincronizar</numerusform>
            <numerusform>%Ln cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to sync your work</source>
        <translation>Inicia sesión para sincronizar tu trabajo</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>La sincronización falló: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{reason} — retrying in %Ln s</source>
        <translation>
            <numerusform>{reason} — reintentando en %Ln s</numerusform>
            <numerusform>{reason} — reintentando en %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status} · %Ln change(s) saved on this computer</source>
        <translation>
            <numerusform>{status} · %Ln cambio guardado en este equipo</numerusform>
            <numerusform>{status} · %Ln cambios guardados en este equipo</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Your work is saved and will sync when you reconnect.</source>
        <translation>Sin conexión. Tu trabajo está guardado y se sincronizará cuando vuelvas a conectarte.</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting. Your work is saved and will sync when you reconnect.</source>
        <translation>
            <numerusform>Sin conexión — %Ln cambio pendiente. Tu trabajo está guardado y se sincronizará cuando vuelvas a conectarte.</numerusform>
            <numerusform>Sin conexión — %Ln cambios pendientes. Tu trabajo está guardado y se sincronizará cuando vuelvas a conectarte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please sign in again to sync. Your work is kept on this computer.</source>
        <translation>Vuelve a iniciar sesión para sincronizar. Tu trabajo se conserva en este equipo.</translation>
    </message>
    <message>
        <source>Sync problem: {reason}</source>
        <translation>Problema de sincronización: {reason}</translation>
    </message>
    <message>
        <source>Up to date (never synced)</source>
        <translation>Al día (nunca sincronizado)</translation>
    </message>
    <message>
        <source>Up to date (last sync {time})</source>
        <translation>Al día (última sincronización: {time})</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
</context>
<context>
    <name>timefmt</name>
    <message>
        <source>dd MMM HH:mm</source>
        <extracomment>A Qt date-time format (QDateTime::toString): day, short month name, 24-hour time.</extracomment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>A Qt date format (QDate::toString): day and short month name.</extracomment>
        <translation>d MMM</translation>
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
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>transfer_rate</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>quedan alrededor de {time}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Quiz: {lesson}</source>
        <translation>Cuestionario: {lesson}</translation>
    </message>
</context>
<context>
    <name>window_first</name>
    <message>
        <source>Opening your courses…</source>
        <translation>Abriendo tus cursos…</translation>
    </message>
    <message>
        <source>Your courses could not be opened: {reason}</source>
        <translation>No se pudieron abrir tus cursos: {reason}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>No learners yet</source>
        <translation>Aún no hay estudiantes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln estudiante</numerusform>
            <numerusform>%Ln estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin valoraciones</translation>
    </message>
    <message>
        <source>This computer is ready to go offline: every enrolled course is downloaded and all your work is on the server.</source>
        <translation>Este equipo está listo para trabajar sin conexión: todos los cursos en los que estás inscrito están descargados y todo tu trabajo está en el servidor.</translation>
    </message>
    <message>
        <source>not downloaded yet: {courses}</source>
        <translation>aún sin descargar: {courses}</translation>
    </message>
    <message>
        <source>pictures and media still arriving for: {courses}</source>
        <translation>aún están llegando imágenes y multimedia de: {courses}</translation>
    </message>
    <message>
        <source>about {size} of pictures and media to download</source>
        <translation>unos {size} de imágenes y multimedia por descargar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) still waiting to be sent</source>
        <translation>
            <numerusform>aún queda %Ln cambio por enviar</numerusform>
            <numerusform>aún quedan %Ln cambios por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two reasons in &quot;Not ready to go offline yet — reason; reason.&quot;</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>Not ready to go offline yet — {reasons}.</source>
        <translation>Aún no está listo para trabajar sin conexión: {reasons}.</translation>
    </message>
</context>
</TS>
