#!/usr/bin/python3
"""Fail when a shipped language lacks a finished translation for a string the sources use.

Runs lupdate over the current sources into copies of the shipped .ts files, so a string added
to the code since the last translation update shows up as unfinished. Then checks that every
entry is finished and keeps the source's %-placeholders, and that lupdate guessed no context.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r'%(?:L?[1-9][0-9]?|n)')
CONTEXT_WARNINGS = ('lacks Q_OBJECT macro', 'cannot be called without context',
                    'Qualifying with unknown namespace/class')


def problems_in(ts_path):
    problems = []
    root = ElementTree.parse(ts_path).getroot()
    for context in root.iter('context'):
        context_name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = f'{ts_path.name}: {context_name}: {source!r}'
            forms = [form.text or '' for form in translation.iter('numerusform')] \
                or [translation.text or '']
            if translation.get('type') in ('unfinished', 'vanished', 'obsolete') \
                    or not any(forms):
                problems.append(f'{where}: unfinished')
                continue
            expected = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                found = sorted(set(PLACEHOLDER.findall(form)))
                if found != expected:
                    problems.append(f'{where}: placeholders {found} instead of {expected}')
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--lupdate', required=True)
    parser.add_argument('--project', required=True, help='lupdate project .cmake from the build')
    parser.add_argument('--generator', required=True, help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument('ts_files', nargs='+', type=pathlib.Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        project_json = work / 'project.json'
        subprocess.run(['cmake', f'-DIN_FILE={args.project}', f'-DOUT_FILE={project_json}',
                        '-P', args.generator], check=True)

        copies = []
        for ts_file in args.ts_files:
            copy = work / ts_file.name
            shutil.copyfile(ts_file, copy)
            copies.append(copy)
        lupdate = subprocess.run([args.lupdate, '-silent', '-project', str(project_json),
                                  '-locations', 'none', '-no-obsolete', '-ts',
                                  *map(str, copies)],
                                 check=True, capture_output=True, text=True)

        # These warnings mean lupdate filed a string under a context it guessed, which tr() at
        # run time may not use, so the translation would never show.
        problems = [f'lupdate: {line}' for line in lupdate.stderr.splitlines()
                    if any(marker in line for marker in CONTEXT_WARNINGS)]
        problems += [problem for copy in copies for problem in problems_in(copy)]
        counts = {copy.name: sum(1 for _ in ElementTree.parse(copy).getroot().iter('message'))
                  for copy in copies}

    for name, count in counts.items():
        print(f'{name}: {count} messages')
    for problem in problems:
        print(problem)
    if problems:
        print(f'{len(problems)} problems: run "cmake --build BUILD --target update_translations" '
              'and translate the unfinished entries in translations/', file=sys.stderr)
        return 1
    if min(counts.values()) == 0:
        print('no messages found: the lupdate project lists no sources', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
