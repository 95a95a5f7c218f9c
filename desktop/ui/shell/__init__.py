"""The app's frame: sign-in flow, main window, actions, status bar."""
