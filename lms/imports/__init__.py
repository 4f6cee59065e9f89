"""Paper-register import: session logs typed into a spreadsheet, checked like the form."""
