#!/bin/sh
# Prisma's CLI insists on a native schema engine file being present even for `generate`, and would
# download one from a host this project cannot rely on. prisma.config.ts points it here instead.
# Commands that only need the schema (generate, validate, format) never run this file; anything
# that would (migrate, db push) stops here with a pointer to the project's own scripts.
echo "crosscheck: Prisma's native schema engine is not used by this project." >&2
echo "crosscheck: apply migrations with 'npm start' and create them with 'npm run db:migration -- <name>'." >&2
exit 1
