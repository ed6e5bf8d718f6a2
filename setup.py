"""Packages for setuptools: everything under unionclerk/, plus resources/ installed as unionclerk.resources.

pyproject.toml alone cannot combine package discovery with a package kept outside the source folder.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["unionclerk", "unionclerk.*"]), "unionclerk.resources"])
