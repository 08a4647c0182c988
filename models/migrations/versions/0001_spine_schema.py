"""spine schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('target_type', sa.String(length=40), nullable=False),
    sa.Column('target_id', sa.String(length=255), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('prev_hash', name=op.f('uq_audit_log_prev_hash'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_target_id'), ['target_id'], unique=False)

    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blobs'))
    )
    op.create_table('customers',
    sa.Column('customer_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('street_address', sa.Text(), nullable=True),
    sa.Column('postcode', sa.String(length=8), nullable=True),
    sa.Column('city', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_customers'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_phone'), ['phone'], unique=False)

    op.create_table('poll_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seen', sa.Integer(), nullable=False),
    sa.Column('stored', sa.Integer(), nullable=False),
    sa.Column('duplicates', sa.Integer(), nullable=False),
    sa.Column('quarantined', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_poll_runs'))
    )
    op.create_table('properties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('kommunenr', sa.String(length=4), nullable=False),
    sa.Column('kommune', sa.Text(), nullable=True),
    sa.Column('gnr', sa.Integer(), nullable=False),
    sa.Column('bnr', sa.Integer(), nullable=False),
    sa.Column('fnr', sa.Integer(), nullable=True),
    sa.Column('snr', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_properties')),
    sa.UniqueConstraint('key', name=op.f('uq_properties_key'))
    )
    op.create_table('threads',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('root_message_id', sa.Text(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_threads')),
    sa.UniqueConstraint('root_message_id', name=op.f('uq_threads_root_message_id'))
    )
    op.create_table('customer_addresses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.String(length=64), nullable=False),
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], name=op.f('fk_customer_addresses_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_addresses')),
    sa.UniqueConstraint('customer_id', 'address', name=op.f('uq_customer_addresses_customer_id_address'))
    )
    with op.batch_alter_table('customer_addresses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_addresses_address'), ['address'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_addresses_customer_id'), ['customer_id'], unique=False)

    op.create_table('customer_properties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.String(length=64), nullable=False),
    sa.Column('property_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], name=op.f('fk_customer_properties_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['property_id'], ['properties.id'], name=op.f('fk_customer_properties_property_id_properties'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_properties')),
    sa.UniqueConstraint('customer_id', 'property_id', name=op.f('uq_customer_properties_customer_id_property_id'))
    )
    with op.batch_alter_table('customer_properties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_properties_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_properties_property_id'), ['property_id'], unique=False)

    op.create_table('messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('raw_sha256', sa.String(length=64), nullable=False),
    sa.Column('message_id_header', sa.Text(), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('quarantine_reason', sa.Text(), nullable=True),
    sa.Column('parse_defects', sa.Text(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('stored_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('from_address', sa.String(length=320), nullable=True),
    sa.Column('body_text', sa.Text(), nullable=True),
    sa.Column('in_reply_to', sa.Text(), nullable=True),
    sa.Column('references', sa.Text(), nullable=True),
    sa.Column('thread_id', sa.Integer(), nullable=True),
    sa.Column('source_folder', sa.String(length=255), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['raw_sha256'], ['blobs.sha256'], name=op.f('fk_messages_raw_sha256_blobs')),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_messages_thread_id_threads')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_messages')),
    sa.UniqueConstraint('message_id_header', name=op.f('uq_messages_message_id_header')),
    sa.UniqueConstraint('raw_sha256', name=op.f('uq_messages_raw_sha256'))
    )
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_messages_from_address'), ['from_address'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_sent_at'), ['sent_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_stored_at'), ['stored_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_thread_id'), ['thread_id'], unique=False)

    op.create_table('projects',
    sa.Column('project_id', sa.String(length=64), nullable=False),
    sa.Column('customer_id', sa.String(length=64), nullable=False),
    sa.Column('property_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], name=op.f('fk_projects_customer_id_customers')),
    sa.ForeignKeyConstraint(['property_id'], ['properties.id'], name=op.f('fk_projects_property_id_properties')),
    sa.PrimaryKeyConstraint('project_id', name=op.f('pk_projects'))
    )
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_projects_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_property_id'), ['property_id'], unique=False)

    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('filename', sa.Text(), nullable=False),
    sa.Column('content_type', sa.String(length=255), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('blob_sha256', sa.String(length=64), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('text_error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['blob_sha256'], ['blobs.sha256'], name=op.f('fk_attachments_blob_sha256_blobs')),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_attachments_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_message_pk'), ['message_pk'], unique=False)

    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('part', sa.Text(), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('recognizer', sa.String(length=64), nullable=False),
    sa.Column('value_hash', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_findings_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings'))
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_findings_label'), ['label'], unique=False)
        batch_op.create_index(batch_op.f('ix_findings_message_pk'), ['message_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_findings_value_hash'), ['value_hash'], unique=False)

    op.create_table('ingest_ledger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('account', sa.String(length=255), nullable=False),
    sa.Column('folder', sa.String(length=255), nullable=False),
    sa.Column('mailbox_identity', sa.String(length=64), nullable=False),
    sa.Column('message_key', sa.String(length=255), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=True),
    sa.Column('raw_sha256', sa.String(length=64), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_ingest_ledger_message_pk_messages'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_ledger')),
    sa.UniqueConstraint('source', 'account', 'folder', 'mailbox_identity', 'message_key', name=op.f('uq_ingest_ledger_source_account_folder_mailbox_identity_message_key'))
    )
    with op.batch_alter_table('ingest_ledger', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ingest_ledger_state'), ['state'], unique=False)

    op.create_table('message_customer_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.String(length=64), nullable=False),
    sa.Column('method', sa.String(length=40), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('linked_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], name=op.f('fk_message_customer_links_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_message_customer_links_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_customer_links')),
    sa.UniqueConstraint('message_pk', 'customer_id', name=op.f('uq_message_customer_links_message_pk_customer_id'))
    )
    with op.batch_alter_table('message_customer_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_customer_links_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_customer_links_message_pk'), ['message_pk'], unique=False)

    op.create_table('message_property_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('property_key', sa.String(length=40), nullable=False),
    sa.Column('property_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.String(length=64), nullable=True),
    sa.Column('mention_text', sa.Text(), nullable=False),
    sa.Column('kommune_as_written', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], name=op.f('fk_message_property_links_customer_id_customers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_message_property_links_message_pk_messages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['property_id'], ['properties.id'], name=op.f('fk_message_property_links_property_id_properties')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_property_links')),
    sa.UniqueConstraint('message_pk', 'property_key', name=op.f('uq_message_property_links_message_pk_property_key'))
    )
    with op.batch_alter_table('message_property_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_property_links_message_pk'), ['message_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_property_links_property_id'), ['property_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_property_links_property_key'), ['property_key'], unique=False)

    op.create_table('participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('display_name', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_participants_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index('ix_participants_address_role', ['address', 'role'], unique=False)
        batch_op.create_index(batch_op.f('ix_participants_message_pk'), ['message_pk'], unique=False)

    op.create_table('retention_records',
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('data_categories', sa.JSON(), nullable=False),
    sa.Column('anchor_event', sa.String(length=40), nullable=False),
    sa.Column('anchor_date', sa.Date(), nullable=True),
    sa.Column('retain_until', sa.Date(), nullable=True),
    sa.Column('pending_reason', sa.Text(), nullable=True),
    sa.Column('legal_hold', sa.Boolean(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_retention_records_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('message_pk', name=op.f('pk_retention_records'))
    )
    with op.batch_alter_table('retention_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_retention_records_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_retention_records_retain_until'), ['retain_until'], unique=False)

    op.create_table('review_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('candidates', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_review_items_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_items')),
    sa.UniqueConstraint('message_pk', name=op.f('uq_review_items_message_pk'))
    )
    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_items_state'), ['state'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_items_state'))

    op.drop_table('review_items')
    with op.batch_alter_table('retention_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_retention_records_retain_until'))
        batch_op.drop_index(batch_op.f('ix_retention_records_category'))

    op.drop_table('retention_records')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_message_pk'))
        batch_op.drop_index('ix_participants_address_role')

    op.drop_table('participants')
    with op.batch_alter_table('message_property_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_property_links_property_key'))
        batch_op.drop_index(batch_op.f('ix_message_property_links_property_id'))
        batch_op.drop_index(batch_op.f('ix_message_property_links_message_pk'))

    op.drop_table('message_property_links')
    with op.batch_alter_table('message_customer_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_customer_links_message_pk'))
        batch_op.drop_index(batch_op.f('ix_message_customer_links_customer_id'))

    op.drop_table('message_customer_links')
    with op.batch_alter_table('ingest_ledger', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ingest_ledger_state'))

    op.drop_table('ingest_ledger')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_findings_value_hash'))
        batch_op.drop_index(batch_op.f('ix_findings_message_pk'))
        batch_op.drop_index(batch_op.f('ix_findings_label'))

    op.drop_table('findings')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_message_pk'))

    op.drop_table('attachments')
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_projects_property_id'))
        batch_op.drop_index(batch_op.f('ix_projects_customer_id'))

    op.drop_table('projects')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_messages_thread_id'))
        batch_op.drop_index(batch_op.f('ix_messages_stored_at'))
        batch_op.drop_index(batch_op.f('ix_messages_state'))
        batch_op.drop_index(batch_op.f('ix_messages_sent_at'))
        batch_op.drop_index(batch_op.f('ix_messages_from_address'))

    op.drop_table('messages')
    with op.batch_alter_table('customer_properties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_properties_property_id'))
        batch_op.drop_index(batch_op.f('ix_customer_properties_customer_id'))

    op.drop_table('customer_properties')
    with op.batch_alter_table('customer_addresses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_addresses_customer_id'))
        batch_op.drop_index(batch_op.f('ix_customer_addresses_address'))

    op.drop_table('customer_addresses')
    op.drop_table('threads')
    op.drop_table('properties')
    op.drop_table('poll_runs')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_phone'))
        batch_op.drop_index(batch_op.f('ix_customers_email'))

    op.drop_table('customers')
    op.drop_table('blobs')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_target_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
