"""Entry script of the frozen program: the same as the `hmc-desktop` console script.

A file of its own (not ``hmc_desktop/__main__.py``) so that the bundle's package tree has
no module that runs the program when merely imported (self-test imports every module).
"""

from hmc_desktop.cli import run

run()
