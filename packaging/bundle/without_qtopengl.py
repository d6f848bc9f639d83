"""PyInstaller runtime hook: stand in for PySide6.QtOpenGL(Widgets), which the bundle leaves out.

pyqtgraph imports both when it loads (and subclasses QOpenGLWidget) but draws
with OpenGL only when that is switched on, which Pactline never does. The
bindings are 9 MB. Anything that does reach for them fails with a plain reason.
"""
import sys
import types

_REASON = "this build of Pactline leaves out OpenGL drawing"


def _stand_in(module_name: str) -> types.ModuleType:
    module = types.ModuleType(module_name, _REASON)

    def __getattr__(name: str):
        if name == "QOpenGLWidget":
            # Subclassed by pyqtgraph at import time, instantiated only for OpenGL drawing.
            from PySide6.QtWidgets import QWidget

            class QOpenGLWidget(QWidget):
                def __init__(self, *args, **kwargs):
                    raise RuntimeError(f"QOpenGLWidget: {_REASON}")

            module.QOpenGLWidget = QOpenGLWidget
            return QOpenGLWidget
        raise AttributeError(f"{module_name}.{name}: {_REASON}")

    module.__getattr__ = __getattr__
    return module


for _name in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
    sys.modules.setdefault(_name, _stand_in(_name))
