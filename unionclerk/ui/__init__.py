"""The Qt interface: main window, one module per tab, dialogs and table models."""
