#!/usr/bin/python3
"""A network device CLI on a console port, close enough to Cisco IOS for the push tests.

It echoes what it receives, prints a prompt per mode (user, privileged, configuration and its
sub-modes), reads banner text up to its delimiter without a prompt, pages long output with
--More--, asks [confirm] and [yes/no] questions, rejects a chosen configuration line with IOS's
"% Invalid input" message, and prints a serial number in `show version`.

Like a small switch CPU behind a UART, it has a small input FIFO: while it executes a line, bytes
that arrive beyond --buffer are dropped. A sender that waits for the prompt never overruns it;
a paste of a long configuration does.

Two ways to attach:
  --tty PATH        one end of `socat -d -d pty,raw,echo=0 pty,raw,echo=0`
  --own-pty LINK    a pseudo-terminal of its own, its slave linked at LINK; it reads the baud
                    rate the other side set (tcgetattr on the master returns the slave's
                    settings on Linux) and prints garbage unless it is --baud
"""

import argparse
import os
import re
import select
import sys
import termios
import time
import tty

SHOW_VERSION = """Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E8, RELEASE SOFTWARE (fc1)
Technical Support: http://www.cisco.com/techsupport
Copyright (c) 1986-2023 by Cisco Systems, Inc.
Compiled Tue 28-Mar-23 03:42 by prod_rel_team

ROM: Bootstrap program is C2960X boot loader
BOOTLDR: C2960X Boot Loader (C2960X-HBOOT-M) Version 15.2(7r)E, RELEASE SOFTWARE (fc1)

{hostname} uptime is 3 minutes
System returned to ROM by power-on
System image file is "flash:c2960x-universalk9-mz.152-7.E8.bin"

cisco WS-C2960X-48FPD-L (APM86XXX) processor (revision D0) with 524288K bytes of memory.
Processor board ID {serial}
Last reset from power-on
1 Virtual Ethernet interface
52 Gigabit Ethernet interfaces
2 Ten Gigabit Ethernet interfaces
The password-recovery mechanism is enabled.

512K bytes of flash-simulated non-volatile configuration memory.
Base ethernet MAC Address       : 00:1C:73:1A:2B:00
Motherboard assembly number     : 73-15815-04
Power supply part number        : 341-0528-02
Motherboard serial number       : FOC20112233
Power supply serial number      : DCB2010X0AB
Model revision number           : D0
Motherboard revision number     : A0
Model number                    : WS-C2960X-48FPD-L
System serial number            : {serial}
Top Assembly Part Number        : 68-4814-01
Top Assembly Revision Number    : A0

Switch Ports Model                     SW Version            SW Image
------ ----- -----                     ----------            ----------
*    1 54    WS-C2960X-48FPD-L         15.2(7)E8             C2960X-UNIVERSALK9-M

Configuration register is 0xF
"""

SUB_MODES = {
    "interface": "config-if",
    "router": "config-router",
    "line": "config-line",
    "vlan": "config-vlan",
    "ip access-list": "config-ext-nacl",
}

# 'banner motd #', the delimiter being the first character after the banner's kind; a bare
# 'banner #' is the motd banner.
BANNER = re.compile(r"^banner\s+(?:(motd|login|exec|incoming)\s+)?(?!(?:motd|login|exec|incoming)(?:\s|$))(\S)(.*)$")

BAUD_CONSTANTS = {
    2400: termios.B2400, 4800: termios.B4800, 9600: termios.B9600, 19200: termios.B19200,
    38400: termios.B38400, 57600: termios.B57600, 115200: termios.B115200,
}


class Device:
    def __init__(self, options, fd, master_fd=None):
        self.options = options
        self.fd = fd
        self.master_fd = master_fd
        self.mode = options.start_mode
        self.sub_mode = None
        self.paging = True
        self.fifo = bytearray()
        self.line = bytearray()
        self.dropped = 0
        self.config_lines = 0
        self.pending_question = None  # (kind, callback) while a [confirm]/[yes/no] waits
        self.pager_lines = []         # output still to show after --More--
        self.login_state = "username" if options.login else None
        self.login_user = ""
        self.greeted = False
        self.factory_dialog = options.factory_dialog
        # Latin-1 writes each received byte back unchanged, UTF-8 text included.
        self.record = open(options.record, "a", encoding="latin-1") if options.record else None
        self.last_was_cr = False
        self.banner_end = None  # while banner text is read: IOS's delimiter, or EOS's "EOF" line

    # Output --------------------------------------------------------------------------------

    def write(self, text):
        data = text.encode("latin-1")
        if self.master_fd is not None and not self.baud_matches():
            data = bytes(((byte * 37) | 0x80) & 0xFF for byte in data)
        os.write(self.fd, data)

    def baud_matches(self):
        attributes = termios.tcgetattr(self.master_fd)
        return attributes[5] == BAUD_CONSTANTS[self.options.baud]

    def prompt(self):
        host = self.options.hostname
        if self.mode == "user":
            return host + ">"
        if self.mode == "privileged":
            return host + "#"
        return "%s(%s)#" % (host, self.sub_mode or "config")

    def show_prompt(self):
        if self.login_state == "username":
            self.write("\r\nUser Access Verification\r\n\r\nUsername: ")
        elif self.login_state == "password":
            self.write("Password: ")
        elif self.factory_dialog:
            self.write("\r\n         --- System Configuration Dialog ---\r\n\r\n"
                       "Would you like to enter the initial configuration dialog? [yes/no]: ")
        else:
            self.write(self.prompt())

    def page(self, lines):
        """Prints `lines`, stopping at --More-- every 23 lines while paging is on."""
        self.pager_lines = list(lines)
        self.continue_page(23)

    def continue_page(self, count):
        shown = 0
        while self.pager_lines and (not self.paging or shown < count):
            self.write(self.pager_lines.pop(0) + "\r\n")
            shown += 1
        if self.pager_lines:
            self.write(" --More-- ")
        else:
            self.show_prompt()

    # Input ---------------------------------------------------------------------------------

    def receive(self, data):
        """Moves bytes from the port into the FIFO; what does not fit is lost."""
        space = self.options.buffer - len(self.fifo)
        if space < len(data):
            self.dropped += len(data) - max(space, 0)
        self.fifo += data[:max(space, 0)]

    def drain_port(self):
        while True:
            ready, _, _ = select.select([self.fd], [], [], 0)
            if not ready:
                return True
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                return False
            if not data:
                return False
            self.receive(data)

    def busy(self, milliseconds):
        """Executes for a while: input piles up in the port and overruns the FIFO afterwards."""
        if milliseconds > 0:
            time.sleep(milliseconds / 1000.0)
        return self.drain_port()

    def process_fifo(self):
        while self.fifo:
            byte = self.fifo.pop(0)
            if self.pager_lines:
                self.pager_key(byte)
                continue
            if byte == 0x0D or (byte == 0x0A and not self.last_was_cr):
                self.last_was_cr = byte == 0x0D
                text = self.line.decode("latin-1")
                self.line.clear()
                if self.login_state != "password":
                    self.write("\r\n")
                if not self.execute(text):
                    return False
                continue
            self.last_was_cr = False
            if byte == 0x0A:
                continue
            if byte in (0x08, 0x7F):
                if self.line:
                    self.line.pop()
                    self.write("\b \b")
                continue
            if byte == 0x15:  # Ctrl-U erases the line typed so far
                self.write("\b \b" * len(self.line))
                self.line.clear()
                continue
            if 0x20 <= byte < 0x7F or byte >= 0xA0:
                self.line.append(byte)
                if self.login_state != "password":
                    self.write(chr(byte))
        return True

    def pager_key(self, byte):
        self.write("\b" * 10 + " " * 10 + "\b" * 10)
        if byte == ord("q"):
            self.pager_lines = []
            self.show_prompt()
        elif byte in (0x0D, 0x0A):
            self.continue_page(1)
        else:
            self.continue_page(23)

    # Commands ------------------------------------------------------------------------------

    def execute(self, text):
        if self.pending_question:
            callback = self.pending_question
            self.pending_question = None
            callback(text)
            return True
        if self.login_state == "username" and not self.greeted:
            # IOS prints the login banner on the first key press after boot.
            self.greeted = True
            self.show_prompt()
            return True
        if self.login_state:
            return self.login(text)
        if self.factory_dialog:
            if text.strip().lower() in ("no", "n"):
                self.factory_dialog = False
                self.write("\r\nPress RETURN to get started!\r\n\r\n")
            self.show_prompt()
            return True

        command = text.strip()
        if self.mode == "config":
            return self.configure(text)
        if not command:
            self.show_prompt()
            return True
        if command == "enable" and self.mode == "user":
            self.mode = "privileged"
        elif command.startswith("terminal length"):
            self.paging = command.split()[-1] != "0"
        elif command == "show version":
            self.page(SHOW_VERSION.format(hostname=self.options.hostname,
                                          serial=self.options.serial).split("\n"))
            return True
        elif command in ("configure terminal", "conf t") and self.mode == "privileged":
            self.write("Enter configuration commands, one per line.  End with CNTL/Z.\r\n")
            self.mode = "config"
        elif command == "write memory" and self.mode == "privileged":
            if not self.busy(self.options.slow_ms):
                return False
            self.write("Building configuration...\r\n[OK]\r\n")
        elif command == "reload" and self.mode == "privileged":
            self.ask("Proceed with reload? [confirm]", lambda answer: self.show_prompt())
            return True
        else:
            self.invalid(text)
        self.show_prompt()
        return True

    def login(self, text):
        if self.login_state == "username":
            self.login_user = text.strip()
            self.login_state = "password"
        else:
            expected_user, expected_password = self.options.login.split(":", 1)
            if self.login_user == expected_user and text == expected_password:
                self.login_state = None
                self.write("\r\n")
            else:
                self.write("\r\n% Login invalid\r\n")
                self.login_state = "username"
        self.show_prompt()
        return True

    def configure(self, text):
        # Banner text: every line is text, blank ones included, and no prompt follows until
        # the line that contains the delimiter.
        if self.banner_end:
            self.record_line(text)
            if (text == self.banner_end if self.options.eos_banners else self.banner_end in text):
                self.banner_end = None
                self.show_prompt()
            return True
        command = text.strip()
        if self.options.eos_banners and command in ("banner login", "banner motd"):
            self.config_lines += 1
            self.record_line(text)
            self.banner_end = "EOF"
            self.write("Enter TEXT message. Type 'EOF' on its own line to end.\r\n")
            return True
        banner = BANNER.match(command)
        if banner and not self.options.eos_banners and banner.group(2) not in banner.group(3):
            self.config_lines += 1
            self.record_line(text)
            self.banner_end = banner.group(2)
            self.write("Enter TEXT message.  End with the character '%s'.\r\n" % self.banner_end)
            return True
        if command:
            self.config_lines += 1
            self.record_line(text)
        if command in ("end", "\x1a"):
            self.mode = "privileged"
            self.sub_mode = None
            self.show_prompt()
            return True
        if command == "exit":
            if self.sub_mode:
                self.sub_mode = None
            else:
                self.mode = "privileged"
            self.show_prompt()
            return True
        if not command:
            self.show_prompt()
            return True

        delay = self.options.line_delay_ms
        for prefix in self.options.slow:
            if command.startswith(prefix):
                delay = self.options.slow_ms
        if not self.busy(delay):
            return False

        if self.config_lines == self.options.error_line:
            self.invalid(text)
        elif command.startswith("crypto key generate rsa"):
            self.write("The name for the keys will be: %s.example.net\r\n"
                       "%% You already have RSA keys defined named %s.example.net.\r\n"
                       "%% They will be replaced.\r\n\r\n" % (self.options.hostname, self.options.hostname))
            self.ask("% Do you really want to replace them? [yes/no]: ", self.after_rsa_question)
            return True
        else:
            for keyword, sub_mode in SUB_MODES.items():
                if command.startswith(keyword + " "):
                    self.sub_mode = sub_mode
        self.show_prompt()
        return True

    def record_line(self, text):
        if self.record:
            self.record.write(text + "\n")
            self.record.flush()

    def after_rsa_question(self, answer):
        if answer.strip().lower() == "yes":
            self.write("%% Generating 2048 bit RSA keys, keys will be non-exportable...\r\n[OK]\r\n")
        self.show_prompt()

    def ask(self, question, callback):
        self.write(question)
        self.pending_question = callback

    def invalid(self, text):
        column = len(self.prompt()) + len(text) - len(text.lstrip()) + max(len(text.strip()) // 2, 0)
        self.write(" " * column + "^\r\n% Invalid input detected at '^' marker.\r\n\r\n")

    def run(self):
        deadline = time.monotonic() + self.options.max_seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if not ready:
                continue
            if not self.drain_port() or not self.process_fifo():
                break
        if self.record:
            self.record.close()
        sys.stderr.write("devicesim: %d configuration lines, %d bytes dropped\n"
                         % (self.config_lines, self.dropped))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tty", help="pseudo-terminal to attach to (one end of a socat pair)")
    parser.add_argument("--own-pty", help="create a pseudo-terminal and link its slave here")
    parser.add_argument("--hostname", default="Switch")
    parser.add_argument("--serial", default="FOC1234X0YZ")
    parser.add_argument("--start-mode", choices=["user", "privileged", "config"], default="user")
    parser.add_argument("--buffer", type=int, default=64, help="input FIFO size in bytes")
    parser.add_argument("--line-delay-ms", type=int, default=1,
                        help="time to execute one configuration line, in milliseconds")
    parser.add_argument("--slow", action="append", default=[],
                        help="configuration lines starting with this take --slow-ms")
    parser.add_argument("--slow-ms", type=int, default=300)
    parser.add_argument("--error-line", type=int, default=0,
                        help="reject the Nth line received in configuration mode (exit and end "
                             "count) with '%% Invalid input'")
    parser.add_argument("--record", help="append every line received in configuration mode to this file")
    parser.add_argument("--login", help="ask for USER:PASSWORD before the first prompt")
    parser.add_argument("--eos-banners", action="store_true",
                        help="read 'banner login' text up to a line 'EOF', as Arista EOS does")
    parser.add_argument("--factory-dialog", action="store_true",
                        help="start with the initial configuration dialog question")
    parser.add_argument("--baud", type=int, default=9600, help="--own-pty only: the console's rate")
    parser.add_argument("--max-seconds", type=float, default=120)
    options = parser.parse_args()

    if options.own_pty:
        master_fd, slave_fd = os.openpty()
        tty.setraw(slave_fd)
        if os.path.lexists(options.own_pty):
            os.unlink(options.own_pty)
        os.symlink(os.ttyname(slave_fd), options.own_pty)
        # Keep the slave open, so the master does not read EIO between the other side's opens.
        Device(options, master_fd, master_fd).run()
        os.close(slave_fd)
        return
    fd = os.open(options.tty, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    Device(options, fd).run()


if __name__ == "__main__":
    main()
