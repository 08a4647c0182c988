"""Linking: which customers, properties and projects a message is about, with reasons.

    linker.link_message(MessageFacts(...), CustomerDirectory(...)) -> LinkDecision

``linker`` weighs the evidence; ``names`` and ``text`` index the records for it;
``property_ids`` parses and finds kommunenr-gnr/bnr[/fnr[/snr]]; ``kommuner`` maps
old kommune numbers to today's (table in ``rules/data/kommuner.csv``).
"""
