// Help text shared by several commands.

export const EXIT_CODES_HELP = `Exit codes:
  0  conformant: every file clears the requested bar (--fail-on, --min-level)
  1  not conformant: a file has findings at or above --fail-on, or a level below --min-level
  2  usage or input error: a bad flag, a missing or unreadable file, a bad mapping or config,
     an unknown dataset type or finding code (one line says what and how to fix it)`;
