"""Adapters that read and fetch formats (control maps, documents, gazetteers).

The only place besides ``store`` and ``cli`` that touches files and sockets.
"""
