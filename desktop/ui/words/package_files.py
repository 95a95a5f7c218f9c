"""Sentences for problems with a package's files: names, images, SVG, media,
media blocks, the lesson's Markdown, math and the package's sources."""

from __future__ import annotations

from desktop.ui.words import QT_TRANSLATE_NOOP

FILE_PROBLEMS: dict[str, str] = {
    # ---- reading the folder or zip (source.py)
    "package.file_too_large": QT_TRANSLATE_NOOP(
        "package", "is {size} bytes; a file may be at most {limit} bytes."
    ),
    "package.media_too_large": QT_TRANSLATE_NOOP(
        "package", "is {size} bytes; a video, sound or PDF file may be at most {limit} bytes."
    ),
    "package.too_large": QT_TRANSLATE_NOOP(
        "package",
        "the package is too large: at most {files} files, {bytes} bytes of lessons and "
        "pictures and {media_bytes} bytes of video, sound and PDF.",
    ),
    "package.unreadable": QT_TRANSLATE_NOOP("package", "could not be read: {error}."),
    "package.symbolic_link": QT_TRANSLATE_NOOP(
        "package", "is a symbolic link; a package holds plain files only."
    ),
    "package.not_folder_or_zip": QT_TRANSLATE_NOOP(
        "package", "is neither a folder nor a zip file."
    ),
    "package.does_not_exist": QT_TRANSLATE_NOOP("package", "does not exist."),
    "zip.unreadable": QT_TRANSLATE_NOOP("package", "is not a readable zip file ({error})."),
    "zip.member_outside": QT_TRANSLATE_NOOP(
        "package",
        "member '{member}' points outside the package (an absolute path, '..', '\\' or ':', "
        "which Windows reads as a drive letter); the zip was refused.",
    ),
    "zip.duplicate": QT_TRANSLATE_NOOP("package", "appears twice in the zip."),
    "zip.encrypted": QT_TRANSLATE_NOOP(
        "package", "is encrypted; packages cannot use zip passwords."
    ),
    "zip.cannot_unpack": QT_TRANSLATE_NOOP(
        "package", "could not be unpacked from the zip ({error})."
    ),
    "zip.larger_than_declared": QT_TRANSLATE_NOOP(
        "package", "unpacks to more than its declared size; the zip is damaged."
    ),
    # ---- why a media file could not be read (source.MediaReadError)
    "media.read_failed": QT_TRANSLATE_NOOP("package", "{path} could not be read ({error})"),
    "media.changed_size": QT_TRANSLATE_NOOP(
        "package",
        "{path} is {size} bytes now, not the {expected} it was when the package was read",
    ),
    "media.shorter_now": QT_TRANSLATE_NOOP(
        "package",
        "{path} is shorter now than the {size} bytes it was when the package was read",
    ),
    # ---- file names (file_rules.py)
    "name.case_clash": QT_TRANSLATE_NOOP(
        "package",
        "differs from {other} only in upper and lower case; Windows and macOS would see one "
        "file: rename one of them.",
    ),
    "name.file_and_folder": QT_TRANSLATE_NOOP(
        "package", "is a file, but the package also has a folder {folder}/; a name cannot be both."
    ),
    "name.path_too_long": QT_TRANSLATE_NOOP(
        "package",
        "the path is {length} characters long; at most {limit} fit on every computer once "
        "Lantern's data folder is in front of it.",
    ),
    "name.part_too_long": QT_TRANSLATE_NOOP(
        "package", "a name is longer than {limit} bytes, the most common file systems allow."
    ),
    "name.refused_character": QT_TRANSLATE_NOOP(
        "package",
        'a name holds a character Windows refuses in file names (< > : " | ? * or a control '
        "character).",
    ),
    "name.reserved": QT_TRANSLATE_NOOP(
        "package", "'{part}' is a name Windows reserves for a device; rename it."
    ),
    "name.ends_in_dot_or_space": QT_TRANSLATE_NOOP(
        "package", "a name ends in a dot or a space, which Windows drops; rename it."
    ),
    # ---- images (file_rules.py)
    "image.empty": QT_TRANSLATE_NOOP("package", "is empty (0 bytes), not an image."),
    "image.wrong_content": QT_TRANSLATE_NOOP(
        "package",
        "is not a {kind} image: its content does not start like one (perhaps it was renamed, "
        "or only partly copied).",
    ),
    # ---- captions (file_rules.py, media.py)
    "captions.too_large": QT_TRANSLATE_NOOP(
        "package", "is {size} bytes; a captions file may be at most {limit} bytes."
    ),
    "captions.not_utf8": QT_TRANSLATE_NOOP(
        "package", "is not UTF-8 text; save the captions as UTF-8."
    ),
    "captions.not_webvtt": QT_TRANSLATE_NOOP(
        "package", "is not a WebVTT file: its first line must be 'WEBVTT'."
    ),
    "captions.bad_times": QT_TRANSLATE_NOOP(
        "package",
        "a cue's times are not like 00:01.000 --> 00:04.500 (minutes:seconds.milliseconds, "
        "or hours:minutes:seconds.milliseconds).",
    ),
    "captions.ends_before_start": QT_TRANSLATE_NOOP("package", "a cue ends before it starts."),
    "captions.none": QT_TRANSLATE_NOOP("package", "holds no captions (no line with '-->')."),
    # ---- video, sound and PDF files (media.py, file_rules.py)
    "media.unreadable": QT_TRANSLATE_NOOP("package", "could not be read: {reason}."),
    "media.empty": QT_TRANSLATE_NOOP("package", "is empty (0 bytes)."),
    "media.wrong_content": QT_TRANSLATE_NOOP(
        "package",
        "is not {kind}: its content does not start like one (perhaps it was renamed, or only "
        "partly copied).",
    ),
    "media.wrong_extension": QT_TRANSLATE_NOOP(
        "package", "is named as {named} but holds {found}; give it the right extension."
    ),
    "media.an_mp4_video": QT_TRANSLATE_NOOP("package", "an MP4 video"),
    "media.a_webm_video": QT_TRANSLATE_NOOP("package", "a WebM video"),
    "media.an_mp3_sound": QT_TRANSLATE_NOOP("package", "an MP3 sound file"),
    "media.an_m4a_sound": QT_TRANSLATE_NOOP("package", "an M4A sound file"),
    "media.an_ogg_sound": QT_TRANSLATE_NOOP("package", "an Ogg sound file"),
    "media.a_pdf_document": QT_TRANSLATE_NOOP("package", "a PDF document"),
    # ---- media blocks (media_blocks.py)
    "media_block.too_many": QT_TRANSLATE_NOOP(
        "package",
        "the lesson has more than {limit} media blocks; split it into several lessons.",
    ),
    "media_block.invalid_toml": QT_TRANSLATE_NOOP(
        "package", "the media block is not valid TOML: {error}."
    ),
    "media_block.no_file": QT_TRANSLATE_NOOP(
        "package", 'the media block names no file: add a line like file = "media/talk.mp4".'
    ),
    "media_block.no_title": QT_TRANSLATE_NOOP(
        "package",
        'the media block has no title: add a line like title = "What the video shows" '
        "(learners who cannot see or hear it read the title).",
    ),
    "media_block.bad_duration": QT_TRANSLATE_NOOP(
        "package",
        '\'{key}\' of {where} must be like "2:05" (minutes:seconds), "1:02:05" '
        "(hours:minutes:seconds) or a whole number of seconds, from 1 second to 24 hours.",
    ),
    # ---- why the reader will not open a link (images.link_refusal)
    "link.inside_package": QT_TRANSLATE_NOOP(
        "package",
        "a lesson cannot link to files or pages of the package; link to a section (#…) or to "
        "a web address (https://…)",
    ),
    "link.refused_scheme": QT_TRANSLATE_NOOP(
        "package",
        "a lesson may link to web addresses (http, https) and e-mail (mailto), not "
        "'{scheme}:' ones",
    ),
    "link.no_host": QT_TRANSLATE_NOOP(
        "package", "the {scheme}: address has no host (write {scheme}://name.example/…)"
    ),
    "link.mailto_nobody": QT_TRANSLATE_NOOP("package", "the mailto: address names nobody"),
    "link.mailto_fields": QT_TRANSLATE_NOOP(
        "package",
        "the mailto: address sets {fields}; an e-mail link may set only to, cc, bcc, subject "
        "and body",
    ),
    # ---- why the reader could not show a formula (math_spans.formula_problem)
    "math.too_long": QT_TRANSLATE_NOOP(
        "package", "the formula is {length} characters long (at most {limit})"
    ),
    "math.too_deep": QT_TRANSLATE_NOOP("package", "the formula nests too deeply"),
    "math.unreadable": QT_TRANSLATE_NOOP("package", "the formula cannot be read ({kind})"),
    "math.unreadable_because": QT_TRANSLATE_NOOP(
        "package", "the formula cannot be read ({kind}: {error})"
    ),
    # ---- SVG pictures (svg_rules.py)
    "svg.not_utf8": QT_TRANSLATE_NOOP(
        "package", "is not an SVG image Lantern accepts: save it as UTF-8."
    ),
    "svg.malformed": QT_TRANSLATE_NOOP("package", "is not a well-formed SVG image ({error})."),
    "svg.no_root": QT_TRANSLATE_NOOP("package", "is not an SVG image: it holds no <svg> element."),
    "svg.root_without_namespace": QT_TRANSLATE_NOOP(
        "package",
        'is not an SVG image browsers treat as one: <svg> needs xmlns="http://www.w3.org/2000/svg".',
    ),
    "svg.wrong_root": QT_TRANSLATE_NOOP(
        "package", "is not an SVG image: its first element is <{element}>, not <svg>."
    ),
    "svg.wrong_root_namespace": QT_TRANSLATE_NOOP(
        "package",
        "is not an SVG image: its first element is <{element}> in the {namespace} namespace, "
        "not <svg>.",
    ),
    "svg.encoding": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG that declares the encoding {encoding}; save it as UTF-8 (browsers would "
        "read it differently from Lantern).",
    ),
    "svg.doctype": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with a DOCTYPE; save it without one (a plain SVG needs none, and its "
        "entities could fill memory or read other files).",
    ),
    "svg.processing_instruction": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with a processing instruction (<?{target} …?>), which can make a browser "
        "load a style sheet from elsewhere; remove it.",
    ),
    "svg.too_deep": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG whose elements are nested more than {limit} deep; Lantern's reader would "
        "show nothing of what lies deeper: ungroup some of its groups.",
    ),
    "svg.element_without_namespace": QT_TRANSLATE_NOOP(
        "package", "is an SVG with an element <{element}> outside the SVG namespace; remove it."
    ),
    "svg.foreign_element": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with an element <{element}> from {language}, which a browser could run or "
        "show as a page; remove it.",
    ),
    "svg.foreign_namespace_element": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with an element <{element}> from namespace {namespace}, which a browser "
        "could run or show as a page; remove it.",
    ),
    "svg.script": QT_TRANSLATE_NOOP(
        "package", "is an SVG with a <script>, which a browser would run; remove it."
    ),
    "svg.link_element": QT_TRANSLATE_NOOP(
        "package", "is an SVG with a link (<a>); links do nothing in a picture: remove it."
    ),
    "svg.foreign_object": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with a <foreignObject>, which embeds a web page in the picture; remove it.",
    ),
    "svg.refused_element": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with a <{element}> element, which is not one a picture needs (only drawing "
        "elements are published); remove it.",
    ),
    "svg.style_type": QT_TRANSLATE_NOOP(
        "package", 'is an SVG with a <style type="{kind}">; only CSS style sheets are allowed.'
    ),
    "svg.style_sheet": QT_TRANSLATE_NOOP("package", "is an SVG whose <style> {problem}."),
    "svg.style_value": QT_TRANSLATE_NOOP(
        "package", "is an SVG whose {attribute}= on <{element}> {problem}."
    ),
    "svg.editor_attribute": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG whose editor element <{element}> has an attribute {attribute}=; remove it.",
    ),
    "svg.event_handler": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with an event handler ({attribute}=…), which a browser would run; remove it.",
    ),
    "svg.xml_attribute": QT_TRANSLATE_NOOP(
        "package", "is an SVG with an attribute xml:{attribute} that Lantern does not publish."
    ),
    "svg.foreign_attribute": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with an attribute {attribute} (namespace {namespace}) that Lantern does "
        "not publish.",
    ),
    "svg.unknown_attribute": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with an attribute {attribute}= on <{element}>, which is not one a picture "
        "needs; remove it.",
    ),
    "svg.link_attribute": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with a link on <{element}> ({attribute}=); links do nothing in a picture: "
        "remove it.",
    ),
    "svg.outside_reference": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG that refers to another file or site ({attribute}={value} on <{element}>); "
        "it may refer only to a part of the picture itself (#id).",
    ),
    "svg.outside_image_reference": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG that refers to another file or site ({attribute}={value} on <{element}>); "
        "it may refer only to a part of the picture (#id) or a PNG, JPEG, GIF or WebP picture "
        "of the package.",
    ),
    "svg.image_outside_package": QT_TRANSLATE_NOOP(
        "package", "is an SVG whose image {value} points outside the package."
    ),
    "svg.image_not_raster": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG that places {target} in it; only PNG, JPEG, GIF or WebP pictures may be "
        "placed in an SVG.",
    ),
    "svg.image_missing": QT_TRANSLATE_NOOP(
        "package", "is an SVG whose image {target} is not in the package."
    ),
    "svg.animation_without_attribute": QT_TRANSLATE_NOOP(
        "package", "is an SVG with an <{element}> that names no attributeName."
    ),
    "svg.animation_changes_link": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with an <{element}> that changes a link address; an animation may change "
        "only how the picture looks.",
    ),
    "svg.animation_changes_attribute": QT_TRANSLATE_NOOP(
        "package",
        "is an SVG with an <{element}> that changes the attribute {attribute}; an animation "
        "may change only how the picture looks.",
    ),
    # ---- why a style value is refused (svg_rules.css_problem: part of svg.style_*)
    "css.escape": QT_TRANSLATE_NOOP(
        "package", "uses a CSS escape (a backslash), which can hide an address"
    ),
    "css.unclosed_comment": QT_TRANSLATE_NOOP("package", "has a comment that does not end"),
    "css.url": QT_TRANSLATE_NOOP(
        "package", "refers to another file or site with url(…); only url(#id) may be used"
    ),
    "css.fetching": QT_TRANSLATE_NOOP(
        "package", "uses {function}(…), which can fetch from elsewhere"
    ),
    "css.binding": QT_TRANSLATE_NOOP("package", "attaches behaviour from elsewhere"),
    "css.at_rule": QT_TRANSLATE_NOOP(
        "package", "has an @{rule} rule (only @media, @keyframes, @supports)"
    ),
}
