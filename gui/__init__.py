"""Pactline's Qt user interface: widgets and undo commands over model/."""
from gui.core.qt_runtime import install_fast_feature_check

# First thing, so every module the window imports after Qt is checked the fast way.
install_fast_feature_check()
