"""The staff web app (`intake web`): pages over the same services, roles and audit as the CLI."""
