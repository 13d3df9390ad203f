#!/usr/bin/python3
"""Comments a Quire Word report in LibreOffice Writer, as a supervisor would, and saves it as .docx.

Made once to keep a report commented by Writer as a test fixture
(src/test/resources/review/report-commented-in-libreoffice.docx, read by LibreOfficeReviewTest):
Writer stores comments its own way, and that must keep working without LibreOffice in CI.

    apt-get install -y libreoffice-writer-nogui python3-uno
    mvn -q test -Dtest=LibreOfficeReviewTest -Dquire.reportToComment=/tmp/report.docx
    /usr/bin/python3 src/test/scripts/comment-in-libreoffice.py /tmp/report.docx \
        src/test/resources/review/report-commented-in-libreoffice.docx

Each comment selects the words of one of the report's bookmarks (Quire's anchors: qD a definition,
qX a quotation, qC a code, qK a checklist answer) and is inserted as Writer's Insert > Comment does,
by "Dr Lee" on 12 March 2027 at 10:15.
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.util import DateTime

# (bookmark name prefix, which of the bookmarks with it, the words selected in it, comment)
COMMENTS = [
    ("qD", 0, "Small acts that hold the partnership together", "Is care the organising idea?"),
    ("qX", 0, "stayed late to finish the rota", "Who said this, and when?"),
    ("qC", 3, "Decisions/Made elsewhere", "Is this a code or a theme?"),
    ("qK3_", 0, "Every source was coded at least once", "How was this checked?"),
]


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def main(source, target):
    pipe = "quire-%d" % os.getpid()
    profile = tempfile.mkdtemp(prefix="quire-lo-")
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=file://" + profile,
                               "--accept=pipe,name=%s;urp;" % pipe])
    try:
        ctx = connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        # A document model without a window: Writer draws no comment margin, which the GUI-less
        # package (libreoffice-writer-nogui) could not build.
        doc = ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", ctx)
        doc.load((prop("URL", uno.systemPathToFileUrl(os.path.abspath(source))),
                  prop("FilterName", "MS Word 2007 XML")))
        names = list(doc.getBookmarks().getElementNames())
        for prefix, nth, words, text in COMMENTS:
            matching = [n for n in names if n.startswith(prefix)]
            anchor = doc.getBookmarks().getByName(matching[nth]).getAnchor()
            at = anchor.getString().index(words)
            # The words, selected as a mouse would: from the bookmark's start, right to them, then over them.
            cursor = anchor.getText().createTextCursorByRange(anchor.getStart())
            cursor.goRight(at, False)
            cursor.goRight(len(words), True)
            note = doc.createInstance("com.sun.star.text.textfield.Annotation")
            note.Author = "Dr Lee"
            note.Initials = "DL"
            note.Content = text
            note.DateTimeValue = DateTime(0, 0, 15, 10, 12, 3, 2027, False)
            # Absorbing the selected words makes a comment on a range, as Insert > Comment does.
            anchor.getText().insertTextContent(cursor, note, True)
            print("%s: %r -> %r" % (matching[nth], cursor.getString(), text))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=30)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: comment-in-libreoffice.py REPORT.docx COMMENTED.docx")
    main(sys.argv[1], sys.argv[2])
