"""Link and detect for one parsed message, without touching the database.

The daemon stores what this returns; ``intake analyze`` prints it. Both see the
same answer because both go through here.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.ingest.parsing import Address, ParsedMessage
from rules.detection import Analyzer, Finding
from rules.linking.linker import CustomerDirectory, LinkDecision, MessageFacts, link_message


@dataclass(frozen=True)
class MessageAnalysis:
    links: LinkDecision
    findings: tuple[Finding, ...]

    @property
    def primary_customer_id(self) -> str | None:
        return self.links.customers[0].customer_id if self.links.customers else None


def message_facts(parsed: ParsedMessage, own_domains: tuple[str, ...], thread_customer_ids: tuple[str, ...] = ()) -> MessageFacts:
    return MessageFacts(
        subject=parsed.subject,
        body=parsed.body,
        attachment_texts=tuple(attachment.text for attachment in parsed.attachments if attachment.text),
        from_address=_with_display_name(parsed.sender) if parsed.sender else None,
        to_addresses=tuple(map(_with_display_name, parsed.to)),
        cc_addresses=tuple(map(_with_display_name, parsed.cc)),
        own_domains=own_domains,
        thread_customer_ids=thread_customer_ids,
    )


def _with_display_name(address: Address) -> str:
    """'"Kari Nordmann" <kari@example.no>': the linker reads the name as a signal too.
    Not email.utils.formataddr, which would RFC 2047-encode a name with æøå."""
    if not address.display_name:
        return address.address
    name = address.display_name.replace("\\", "").replace('"', "")
    return f'"{name}" <{address.address}>'


def analyze_message(
    parsed: ParsedMessage,
    directory: CustomerDirectory,
    analyzer: Analyzer,
    own_domains: tuple[str, ...],
    thread_customer_ids: tuple[str, ...] = (),
) -> MessageAnalysis:
    links = link_message(message_facts(parsed, own_domains, thread_customer_ids), directory)
    findings = list(analyzer.analyze(parsed.subject, "subject"))
    findings += analyzer.analyze(parsed.body, "body")
    for attachment in parsed.attachments:
        if attachment.text:
            findings += analyzer.analyze(attachment.text, attachment.filename)
    return MessageAnalysis(links=links, findings=tuple(findings))
