"""Runs storport-race-check with -o naming a FIFO and checks that the report
came through the FIFO and that the FIFO is still a FIFO afterwards (an
atomic rename would have replaced it with a regular file, as it would
/dev/null).

Usage: write-to-fifo.py FIFO TOOL ARGS...   (prints what the FIFO carried)
"""
import os
import stat
import subprocess
import sys
import threading

fifo, cmd = sys.argv[1], sys.argv[2:]
if os.path.lexists(fifo):
    os.remove(fifo)
os.mkfifo(fifo)
got = []
reader = threading.Thread(target=lambda: got.append(open(fifo).read()))
reader.start()
status = subprocess.call(cmd + ["-o", fifo])
reader.join(timeout=60)
if reader.is_alive():  # the tool never opened the FIFO: unblock the reader
    open(fifo, "w").close()
    reader.join()
sys.stdout.write(got[0] if got else "")
if not stat.S_ISFIFO(os.stat(fifo).st_mode):
    sys.exit("error: %s is no longer a FIFO" % fifo)
sys.exit(0 if status in (0, 1) else status)
