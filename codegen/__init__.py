"""The code-generation pipeline: pins -> spec directory -> normalised specs -> generated/.

Run it as ``python -m codegen {generate,check,fetch}`` (or the nox sessions).
"""
