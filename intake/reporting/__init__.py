"""The monthly retention report: gather the data, render it, schedule it, mail it."""
