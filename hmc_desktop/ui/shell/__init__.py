"""The main window itself: its assembly, menus, zoom, focus, language, connection and sync status."""
