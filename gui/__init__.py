"""Pactline's Qt user interface: widgets and undo commands over model/."""
