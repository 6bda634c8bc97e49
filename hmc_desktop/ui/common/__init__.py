"""What every room of the window uses: operations off the GUI thread, errors, widgets, formatting."""
