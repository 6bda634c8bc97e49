from hmc_desktop.cli import run

run()
